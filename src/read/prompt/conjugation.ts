// Korean verbs and adjectives change their last syllable as endings join them: 가르치다 is written 가르치지,
// 가르쳐, 가르친, 가르칠, 가르침, 가르쳤. A word that begins with the stem (가르치지, 가르치는) is found by the stem
// itself; the forms here are the ones that fold an ending into the stem's last syllable, so that each of them,
// too, names the words it begins.

const BASE = 0xac00;
const FINALS = 28;
const VOWELS = 21;
/** Vowel and final indices of the Unicode Hangul syllable table. */
const V = { a: 0, ae: 1, eo: 4, e: 5, yeo: 6, o: 8, wa: 9, wae: 10, oe: 11, u: 13, wo: 14, eu: 18, i: 20 } as const;
const F = { none: 0, n: 4, l: 8, m: 16, b: 17, ss: 20 } as const;
const H = 18;

interface Syllable {
  initial: number;
  vowel: number;
  final: number;
}

function split(ch: string): Syllable | undefined {
  const c = ch.charCodeAt(0) - BASE;
  if (c < 0 || c >= 19 * VOWELS * FINALS) return undefined;
  return { initial: Math.floor(c / (VOWELS * FINALS)), vowel: Math.floor(c / FINALS) % VOWELS, final: c % FINALS };
}

const join = (s: Syllable): string => String.fromCharCode(BASE + (s.initial * VOWELS + s.vowel) * FINALS + s.final);

/** The vowel the stem's last vowel and the ending 아/어 make together (치+어 → 쳐, 보+아 → 봐, 쓰+어 → 써). */
function contracted(last: Syllable, before: Syllable | undefined): number | undefined {
  if (last.initial === H && last.vowel === V.a) return V.ae; // 하 + 여 → 해
  switch (last.vowel) {
    case V.i: return V.yeo;
    case V.o: return V.wa;
    case V.u: return V.wo;
    case V.oe: return V.wae;
    // ㅡ drops before 아/어: 나쁘 → 나빠 after a bright vowel, 쓰 → 써 otherwise.
    case V.eu: return before && (before.vowel === V.a || before.vowel === V.o) ? V.a : V.eo;
    case V.a: case V.eo: case V.ae: case V.e: case V.yeo: return last.vowel;
    default: return undefined;
  }
}

/**
 * The stem of a dictionary form (`가르치다` → 가르치) and the forms that fold an ending into its last syllable:
 * ㄴ ㄹ ㅁ ㅂ joined to an open syllable (가르친, 가르칠, 가르침, 가르칩니다), 아/어 contracted into it (가르쳐,
 * 가르쳤), a ㅂ stem's 우 (어렵다 → 어려운, 어려워) and a ㄹ stem without its ㄹ (만들다 → 만드는). A word that is no
 * dictionary form gives itself.
 */
export function stemForms(entry: string): string[] {
  if (!/^\p{Script=Hangul}+다$/u.test(entry)) return [entry];
  const stem = entry.slice(0, -1);
  const head = stem.slice(0, -1);
  const last = split(stem.slice(-1));
  if (!last) return [stem];
  const out = [stem];
  if (last.final === F.none) {
    for (const final of [F.n, F.l, F.m, F.b]) out.push(head + join({ ...last, final }));
    const vowel = contracted(last, head ? split(head.slice(-1)) : undefined);
    if (vowel !== undefined) {
      const folded = { ...last, vowel };
      if (vowel !== last.vowel) out.push(head + join(folded));
      out.push(head + join({ ...folded, final: F.ss }));
    }
  } else if (last.final === F.l && head) {
    // ㄹ drops before ㄴ ㅂ ㅅ (만들다 → 만드는, 만든, 만듭니다); a one-syllable stem's open form (알 → 아) would
    // begin half the language.
    const open = { ...last, final: F.none };
    out.push(head + join(open), head + join({ ...open, final: F.n }), head + join({ ...open, final: F.b }));
  } else if (last.final === F.b) {
    const open = head + join({ ...last, final: F.none });
    out.push(`${open}운`, `${open}울`, `${open}워`, `${open}웠`);
  }
  return out;
}
