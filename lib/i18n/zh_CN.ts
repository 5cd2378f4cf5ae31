import type { MessageKey } from './en';

export const zh_CN: Record<MessageKey, string> = {
  'diagnostic.title': '卖家运营日志无法读取此页面',
  'diagnostic.adapter': '页面读取器：{adapter}',
  'diagnostic.nothingStored': '无法读取的内容均未保存。',
  'diagnostic.noMarketplace': '无法判断此页面属于哪个站点：{reason}',
  'diagnostic.reload': '卖家运营日志已更新或重新加载。请刷新此页面以继续记录。',
  'diagnostic.rejected': '扩展拒收了 {count} 个数值：{reason}',
  'diagnostic.dismiss': '关闭',
  'action.accountHealth': '今天完成根因分析：找出相关订单或发货记录并修正流程。',
  'action.acos': '降低竞价或暂停表现最差的投放；为只花费不出单的词添加否定关键词。',
  'action.stockOut': '断货风险：若广告在投放，暂停自动广告、保留手动精准；考虑促销或多渠道配送（MCF）；加急补货。',
  'action.lowStock': '库存偏低：检查在途货件并安排补货。',
  'action.ipi': 'IPI 低于目标：修改补货计划，清理冗余库存并处理搁置库存。',
  'action.aged': '库龄过长：在收取附加费前做促销或创建移除订单。',
  'action.feedback': '查看反馈；质量投诉转给产品负责人，并在 48 小时内回复。',
  'action.buyBox': '购买按钮丢失：检查价格、库存和竞争报价；按账户状况、广告、库存的顺序排查。',
  'action.title': '将标题缩短到 200 个字符以内，以免商品被屏蔽。',
  'action.review': '请检查此数值。',
};
