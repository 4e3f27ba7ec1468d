import { describe, expect, it } from 'vitest';
import { asksSessionTimes } from '../../src/conversation/dialogue/answers/sessionTimes.ts';

// Round 38 (par38e): "so when should we start potty training then?" was answered with the sessions' times first.
describe('when to start a step in growing up is not a session time', () => {
  it.each(['so when should we start potty training then?', 'when should we start solids?', 'when should I start brushing her teeth?'])('"%s"', (t) => {
    expect(asksSessionTimes(t)).toBe(false);
  });
  it.each(['when does the half-day care start on saturday?', 'what time do you open on weekends?'])('"%s" still asks the sessions\' times', (t) => {
    expect(asksSessionTimes(t)).toBe(true);
  });
});
