import { describe, expect, it } from 'vitest';
import { parseChildName } from '../../src/nlu/parseChildName.ts';

// Round 33 (par33z): "奶奶…非要每天半夜把他叫起来尿尿" was read as a child named 起来尿尿 and the bot asked for that
// child's birth date. 叫起来 / 叫过来 after 他/她 tells someone to wake or come, not a name.
describe('叫起来 / 叫过来 after 他 or 她 names no child', () => {
  it.each(['孩子三岁半 晚上还是要穿拉拉裤 奶奶非要每天半夜把他叫起来尿尿', '早上把她叫起床就哭', '把他叫过来吃饭'])('%s', (text) => {
    expect(parseChildName(text, text)).toBeUndefined();
  });

  it('a name after 他叫 is still read', () => {
    expect(parseChildName('他叫乐乐 今年两岁', '他叫乐乐 今年两岁')).toBe('乐乐');
  });
});
