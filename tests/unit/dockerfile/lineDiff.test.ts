import {describe, expect, it} from 'vitest';
import {diffLines} from '../../../src/dockerfile/lineDiff';

const SINGLE =
  'FROM golang:1.27\nWORKDIR /src\nRUN go build -o /out/server .\nENTRYPOINT ["/out/server"]';
const MULTI =
  'FROM golang:1.27 AS builder\nWORKDIR /src\nRUN go build -o /out/server .\n\nFROM scratch\nCOPY --from=builder /out/server /server\nENTRYPOINT ["/server"]';

describe('diffLines', () => {
  it('marks rewritten instructions as changed and new ones as only on their side', () => {
    expect(diffLines(SINGLE, MULTI)).toEqual({
      left: [
        {line: 1, kind: 'changed'},
        {line: 4, kind: 'changed'},
      ],
      right: [
        {line: 1, kind: 'changed'},
        {line: 5, kind: 'only'},
        {line: 6, kind: 'only'},
        {line: 7, kind: 'changed'},
      ],
    });
  });

  it('is symmetric', () => {
    const there = diffLines(SINGLE, MULTI);
    const back = diffLines(MULTI, SINGLE);
    expect(back).toEqual({left: there.right, right: there.left});
  });

  it('marks nothing between equal Dockerfiles, ignoring white space and blank lines', () => {
    expect(diffLines('FROM a:1\n\nCMD ["x"]', 'FROM  a:1\nCMD ["x"]  \n')).toEqual({
      left: [],
      right: [],
    });
  });

  it('keeps lines with different instructions apart', () => {
    expect(diffLines('FROM a:1\nRUN make', 'FROM a:1\nCOPY . .')).toEqual({
      left: [{line: 2, kind: 'only'}],
      right: [{line: 2, kind: 'only'}],
    });
  });
});
