import type { MessageKey } from './en';

export const zh_CN: Record<MessageKey, string> = {
  'diagnostic.title': '卖家运营日志无法读取此页面',
  'diagnostic.adapter': '页面读取器：{adapter}',
  'diagnostic.nothingStored': '无法读取的内容均未保存。',
  'diagnostic.noMarketplace': '无法判断此页面属于哪个站点：{reason}',
  'diagnostic.reload': '卖家运营日志已更新或重新加载。请刷新此页面以继续记录。',
  'diagnostic.rejected': '扩展拒收了 {count} 个数值：{reason}',
  'diagnostic.dismiss': '关闭',
};
