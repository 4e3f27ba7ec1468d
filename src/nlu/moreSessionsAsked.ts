/**
 * Whether the points will add sessions, asked ("so are they going to add more morning sessions or what", "会不会多开一些上午的场次",
 * "上午能不能加场"): a question about how the service plans its periods (the adjusted opening periods, trial classes), not a
 * search for the part of the day it names.
 */
const MORE_SESSIONS_ASKED =
  /(?:会不会|能不能|可不可以|有没有|打算|计划|是否|要不要|会|能)(?:再)?(?:多开|加开|增开|增加|加|开多|多安排)(?:一些|一点|点|几个|几场)?(?:上午|下午|早上|周末|周六|周日)?的?(?:场次|场|名额|位置|时段|班)|(?<![a-z])(?:(?:are|will|would|could|can|do|does|is) (?:they|you|the points?|anyone|there any plans? to) (?:ever |going to |plan(?:ning)? to |gonna )?(?:add|open|put on|run|offer|schedule) (?:any |some )?more (?:[a-z]+ ){0,2}(?:sessions|slots|classes|places|times)|plans? to add more)(?![a-z])/;

export function asksForMoreSessions(t: string): boolean {
  return MORE_SESSIONS_ASKED.test(t);
}
