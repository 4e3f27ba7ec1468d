import { asksWithoutParticle } from './askingWords.ts';
import { ASKED, PARENTING_FRAME, SERVICE_NAMED } from './lexicon/serviceAskWords.ts';

/** "是不是应该/该/太…": the parent weighing their own choice. */
const OWN_CHOICE = /是不是(?=应该|应|该|要|得|太|送|等|晚|早)/g;

/**
 * Whether a question asks what the service does, allows or needs — the point, its carers, a session, drop-off and
 * collection, a booking — whatever parenting topic it names ("宝宝鸡蛋过敏 托育点的点心怎么办", "孩子还在用安抚奶嘴
 * 可以带去托育点吗", "Can the carers give him his inhaler?"). Such a question is answered by the service's own rule
 * (what the point does, what to tell the carers, what to bring), not by the parenting section on the topic word,
 * which says what to do at home. A parenting question that only mentions the point ("托育点的老师说他咬人 在家怎么教")
 * is not one. (Not `asksAboutTheService`, which decides whether a message that looks like a search is a question at
 * all; this decides which document answers a question.) Read on Simplified, lowercased text; a follow-up is read by its own last line ("那送去托育点的时候呢"
 * after an allergy question at home asks of the point, whatever the question before said about home).
 */
export function answeredByServiceRule(text: string): boolean {
  const own = text.slice(text.lastIndexOf('\n') + 1);
  // (Asked with a particle or question word, or as A-not-A: "江头那个点有没有停车位啊", "那个点夏天空调开不开", "是不是有电梯" —
  // but not "是不是应该…", the parent's own choice: "每次送托都哭 我是不是应该等他大一点再送" is about the child.)
  const asked = ASKED.test(own) || asksWithoutParticle(own.replace(OWN_CHOICE, ' '));
  return SERVICE_NAMED.test(own) && asked && !PARENTING_FRAME.test(own);
}
