import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import '@/components/welcome/welcome.css';
import { Welcome } from '@/components/welcome/Welcome';

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <Welcome />
  </StrictMode>,
);
