/**
 * How an abbreviation that ends in a full stop affects sentence splitting.
 * - `title`: precedes a name (dhr. Jansen): never ends a sentence.
 * - `inline`: used mid-sentence (bijv., o.a.): never ends a sentence.
 * - `number`: only an abbreviation before a number (en "no. 5"; "no." before a
 *   word is the word "no" ending a sentence).
 * - `final`: often ends a list and so a sentence (enz., etc.): a following
 *   capital starts a new sentence, anything else does not.
 */
export type AbbreviationKind = 'title' | 'inline' | 'number' | 'final';

/** Keys are lower case, with their inner and final full stops. */
export type AbbreviationList = Readonly<Record<string, AbbreviationKind>>;

export const ABBREVIATIONS: Readonly<Record<'nl' | 'en', AbbreviationList>> = {
  nl: {
    'bijv.': 'inline',
    'bv.': 'inline',
    'b.v.': 'inline',
    'o.a.': 'inline',
    'd.w.z.': 'inline',
    'i.p.v.': 'inline',
    'm.b.t.': 'inline',
    't.a.v.': 'inline',
    'z.s.m.': 'inline',
    'evt.': 'inline',
    'ca.': 'inline',
    'nr.': 'inline',
    'jl.': 'inline',
    'a.s.': 'inline',
    'incl.': 'inline',
    'excl.': 'inline',
    'vs.': 'inline',
    'm.i.v.': 'inline',
    'i.v.m.': 'inline',
    'o.b.v.': 'inline',
    'n.a.v.': 'inline',
    'e.d.': 'final',
    'enz.': 'final',
    'etc.': 'final',
    'dhr.': 'title',
    'mevr.': 'title',
    'mr.': 'title',
    'dr.': 'title',
    'drs.': 'title',
    'ir.': 'title',
    'ing.': 'title',
    'prof.': 'title',
  },
  en: {
    'e.g.': 'inline',
    'i.e.': 'inline',
    'vs.': 'inline',
    'approx.': 'inline',
    'incl.': 'inline',
    'etc.': 'final',
    'mr.': 'title',
    'mrs.': 'title',
    'ms.': 'title',
    'dr.': 'title',
    'prof.': 'title',
    'st.': 'title',
    'no.': 'number',
  },
};
