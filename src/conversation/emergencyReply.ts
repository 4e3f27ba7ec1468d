import type { Lang } from '../domain/serviceKinds.ts';

/**
 * The plain instruction for a medical red flag. No diagnosis, no dosing:
 * call 120 or go to hospital now, and a person has been told.
 */
export function emergencyReply(lang: Lang, flags: string[] = []): string {
  if (flags.includes('self_harm')) {
    return lang === 'zh'
      ? '你现在很不容易，谢谢你说出来。如果你或孩子有立即的危险，请马上拨打 120 或 110。你也可以拨打全国心理援助热线 12356，和专业的人聊一聊。\n\n我已经通知工作人员，他们会尽快在这里联系你。你不是一个人。'
      : 'Thank you for telling me — this sounds really hard. If you or your child are in immediate danger, call 120 or 110 now. You can also call the national mental-health helpline 12356 to talk to someone trained to help.\n\nI have alerted our staff, who will contact you here as soon as they can. You are not alone.';
  }
  return lang === 'zh'
    ? '⚠️ 这可能是紧急情况，请立即拨打 120 急救电话，或马上带孩子去最近的医院急诊。不要等待线上回复。\n\n• 如果孩子呼吸困难、嘴唇发紫、抽搐或叫不醒，请马上拨打 120，并按接线员的指导做。\n• 如果误食了药物、洗涤剂或电池，带上包装一起去医院。\n\n我已经通知工作人员，但工作人员不能代替急救或医生。'
    : '⚠️ This may be an emergency. Call 120 now, or take your child to the nearest hospital emergency department straight away. Do not wait for a reply here.\n\n• If your child has trouble breathing, blue lips, a seizure, or cannot be woken, call 120 now and follow the operator\'s instructions.\n• If they swallowed medicine, detergent or a battery, take the packaging with you to hospital.\n\nI have alerted our staff, but they cannot replace emergency services or a doctor.';
}
