import * as z from 'zod/mini';
import { describe, expect, it, vi } from 'vitest';
import { builtSchema, lazySchema } from './lazy-schema';

describe('lazySchema', () => {
  it('builds the schema on first use, once', () => {
    const build = vi.fn(() => z.strictObject({ day: z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/)) }));
    const schema = lazySchema(build);
    expect(build).not.toHaveBeenCalled();
    expect(schema.safeParse({ day: '2026-12-04' }).success).toBe(true);
    expect(schema.safeParse({ day: 'today' }).success).toBe(false);
    expect(() => schema.parse({ day: 'today', extra: 1 })).toThrow();
    expect(build).toHaveBeenCalledTimes(1);
  });

  it('stands in for the schema inside other schemas, optional and with checks added', () => {
    const day = lazySchema(() => z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/)));
    const currency = lazySchema(() => z.optional(z.string().check(z.regex(/^[A-Z]{3}$/))));
    const row = z.strictObject({ day: day.check(z.refine((d) => d >= '2000-01-01', 'too early')), currency });
    expect(row.parse({ day: '2026-12-04' })).toEqual({ day: '2026-12-04' });
    expect(row.safeParse({ day: '1999-12-31' }).error?.issues[0]?.message).toBe('too early');
    expect(row.safeParse({ day: '2026-12-04', currency: 'usd' }).success).toBe(false);
    expect(z.array(day).parse(['2026-12-04'])).toEqual(['2026-12-04']);
  });

  it('is an instance of the schema it builds', () => {
    const schema = lazySchema(() => z.string());
    expect(schema instanceof z.ZodMiniString).toBe(true);
    expect(schema instanceof z.ZodMiniNumber).toBe(false);
  });

  it('gives the built schema for nesting, and any other schema as it is', () => {
    const build = vi.fn(() => z.string().check(z.regex(/^[A-Z]{3}$/)));
    const code = lazySchema(build);
    const built = builtSchema(code);
    expect(build).toHaveBeenCalledTimes(1);
    expect(built).not.toBe(code);
    expect(builtSchema(code)).toBe(built);
    expect(built.safeParse('USD').success).toBe(true);
    expect(z.strictObject({ code: built }).safeParse({ code: 'usd' }).success).toBe(false);
    const plain = z.number();
    expect(builtSchema(plain)).toBe(plain);
  });
});
