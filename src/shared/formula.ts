/**
 * Formulas of derived indicators, e.g. "CDS.08 / DAN_SO * 100": indicator codes, numbers, + − × ÷ and
 * parentheses. Parsed once when saved (with a message pointing at the problem), evaluated per unit.
 */
export type Formula =
  | { type: 'number'; value: number }
  | { type: 'ref'; code: string }
  | { type: 'op'; op: '+' | '-' | '*' | '/'; left: Formula; right: Formula }
  | { type: 'neg'; value: Formula };

export class FormulaError extends Error {
  readonly position: number;
  constructor(message: string, position: number) {
    super(message);
    this.position = position;
  }
}

type Token = { kind: 'num' | 'ref' | 'op' | 'lparen' | 'rparen'; text: string; at: number };

function tokenize(source: string): Token[] {
  const tokens: Token[] = [];
  const pattern = /\s*(?:(\d+(?:[.,]\d+)?)|([A-Za-z_][A-Za-z0-9_]*(?:\.[A-Za-z0-9_]+)*)|([-+*/])|(\()|(\)))/y;
  let at = 0;
  while (at < source.length) {
    if (/^\s*$/.test(source.slice(at))) break;
    pattern.lastIndex = at;
    const m = pattern.exec(source);
    if (!m) throw new FormulaError(`Ký tự không hợp lệ ở vị trí ${at + 1}: "${source.slice(at).trim()[0]}"`, at);
    const start = m.index + m[0].length - m[0].trimStart().length;
    if (m[1]) tokens.push({ kind: 'num', text: m[1].replace(',', '.'), at: start });
    else if (m[2]) tokens.push({ kind: 'ref', text: m[2], at: start });
    else if (m[3]) tokens.push({ kind: 'op', text: m[3], at: start });
    else tokens.push({ kind: m[4] ? 'lparen' : 'rparen', text: m[0].trim(), at: start });
    at = pattern.lastIndex;
  }
  return tokens;
}

/** Recursive descent: expression := term (('+'|'-') term)*; term := factor (('*'|'/') factor)*. */
export function parseFormula(source: string): Formula {
  const tokens = tokenize(source);
  let i = 0;
  const peek = () => tokens[i];
  const end = () => new FormulaError('Công thức chưa kết thúc (thiếu số hoặc mã chỉ tiêu).', source.length);
  const factor = (): Formula => {
    const token = tokens[i++];
    if (!token) throw end();
    if (token.kind === 'num') return { type: 'number', value: Number(token.text) };
    if (token.kind === 'ref') return { type: 'ref', code: token.text };
    if (token.kind === 'op' && token.text === '-') return { type: 'neg', value: factor() };
    if (token.kind === 'lparen') {
      const inner = expression();
      if (peek()?.kind !== 'rparen') throw new FormulaError('Thiếu dấu ")".', peek()?.at ?? source.length);
      i++;
      return inner;
    }
    throw new FormulaError(`Không mong đợi "${token.text}" ở vị trí ${token.at + 1}.`, token.at);
  };
  const binary = (next: () => Formula, ops: string[]) => (): Formula => {
    let left = next();
    while (peek()?.kind === 'op' && ops.includes(peek()!.text)) {
      const op = tokens[i++]!.text as '+' | '-' | '*' | '/';
      left = { type: 'op', op, left, right: next() };
    }
    return left;
  };
  const term = binary(factor, ['*', '/']);
  const expression = binary(term, ['+', '-']);
  if (tokens.length === 0) throw new FormulaError('Công thức trống.', 0);
  const result = expression();
  if (i < tokens.length)
    throw new FormulaError(`Không mong đợi "${tokens[i]!.text}" ở vị trí ${tokens[i]!.at + 1}.`, tokens[i]!.at);
  return result;
}

export function formulaReferences(formula: Formula): string[] {
  if (formula.type === 'ref') return [formula.code];
  if (formula.type === 'op')
    return [...new Set([...formulaReferences(formula.left), ...formulaReferences(formula.right)])];
  if (formula.type === 'neg') return formulaReferences(formula.value);
  return [];
}

/** The value, or null when an input is missing or a division by zero makes it meaningless. */
export function evaluateFormula(formula: Formula, values: ReadonlyMap<string, number>): number | null {
  switch (formula.type) {
    case 'number':
      return formula.value;
    case 'ref':
      return values.get(formula.code) ?? null;
    case 'neg': {
      const v = evaluateFormula(formula.value, values);
      return v === null ? null : -v;
    }
    case 'op': {
      const a = evaluateFormula(formula.left, values);
      const b = evaluateFormula(formula.right, values);
      if (a === null || b === null) return null;
      if (formula.op === '/') return b === 0 ? null : a / b;
      return formula.op === '+' ? a + b : formula.op === '-' ? a - b : a * b;
    }
  }
}
