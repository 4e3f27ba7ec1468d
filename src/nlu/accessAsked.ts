/**
 * Getting into a point asked about — a wheelchair, steps, a lift, a pram ("我坐轮椅 服务点门口有没有台阶", "is there a lift for the
 * stroller"): a question about the premises, answered from the practical questions (which say to phone the point), not a search
 * for places because "有没有" was asked. Places or a day asked for as well keep the search.
 */
const ACCESS_WORD =
  /轮椅|輪椅|台阶|台階|无障碍|無障礙|坡道|电梯|電梯|楼梯|樓梯|婴儿车|嬰兒車|推车|推車|(?<![a-z])(?:wheelchairs?|step-free|steps|stairs|ramp|lifts?|elevators?|prams?|strollers?|buggy|buggies)(?![a-z])/;

/** Places asked for with it: then it is a search after all ("有没有位置", "any places"). */
const PLACES_WITH_IT = /位置|名额|空位|余位|场次|(?<![a-z])(?:places?|spots?|slots?|sessions?|availability)(?![a-z])/;

export function asksAboutAccess(t: string): boolean {
  return ACCESS_WORD.test(t) && !PLACES_WITH_IT.test(t);
}
