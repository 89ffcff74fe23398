# Makes name-context-scores.tsv from jieba's part-of-speech HMM (pos_prob_emit.json, pos_prob_trans.json and
# pos_prob_start.json; MIT licence, shipped in the jieba.NET NuGet package under Resources/). Its states are a
# position in a word (B, M, E, S) and the word's part of speech; the nr states are personal names. For each
# character the table gives five natural-log likelihood ratios, each against the character in running text:
#   first   how much likelier the character is as a name's middle character (M-nr: the first of two given
#           characters) than in any word;
#   last    the same for a name's last character (E-nr: the only or the second given character);
#   left    how much likelier the character is right before a name (the state before B-nr or S-nr) than anywhere;
#   right   how much likelier it is right after a name (the state after E-nr) than anywhere;
#   surname how much likelier the character is as a name's first character (B-nr: the surname) than in any word.
# "Anywhere" weights each state by its long-run frequency under the transition table (its stationary
# distribution); the context columns leave the name states (nr, nrfg, nrt) out of both sides, so they compare a
# word next to a name with any word. A ratio is written only where both sides have seen the character, rounded
# to a tenth and clipped to [-6, 6]; "-" marks a missing one. No gold NER data is read.
#
# Usage: python3 make_name_context_scores.py path/to/jieba/Resources > name-context-scores.tsv
import json, math, os, sys

resources = sys.argv[1]
load = lambda name: json.load(open(os.path.join(resources, name), encoding='utf-8'))
emit, trans, start = load('pos_prob_emit.json'), load('pos_prob_trans.json'), load('pos_prob_start.json')
states = sorted(set(emit) | set(trans) | set(start))
exp = lambda v: math.exp(v) if v > -1e10 else 0.0

# The stationary distribution, by power iteration from the start probabilities.
pi = {s: exp(start.get(s, -1e100)) for s in states}
for _ in range(300):
    nxt = dict.fromkeys(states, 0.0)
    for s, p in pi.items():
        if p:
            for t, v in trans.get(s, {}).items():
                nxt[t] += p * exp(v)
    total = sum(nxt.values())
    pi = {s: v / total for s, v in nxt.items()}

is_name = lambda s: s.split('-', 1)[1] in ('nr', 'nrfg', 'nrt')
others = [s for s in states if not is_name(s)]
name_starts, name_ends = ('B-nr', 'S-nr'), ('E-nr',)

def normalise(weights):
    total = sum(weights.values())
    return {s: w / total for s, w in weights.items() if w > 0}

anywhere = normalise({s: pi[s] for s in states})
anywhere_else = normalise({s: pi[s] for s in others})
before = normalise({s: pi[s] * sum(exp(trans.get(s, {}).get(t, -1e100)) for t in name_starts) for s in others})
after = normalise({t: sum(pi[e] * exp(trans.get(e, {}).get(t, -1e100)) for e in name_ends) for t in others})

def likelihood(c, weights):
    return sum(w * exp(emit.get(s, {}).get(c, -1e100)) for s, w in weights.items())

def ratio(p, q):
    return max(-6.0, min(6.0, math.log(p / q))) if p > 0 and q > 0 else None

characters = sorted({c for table in emit.values() for c in table if '\u4e00' <= c <= '\u9fff'})
print('# character\tfirst\tlast\tleft\tright\tsurname (jieba POS-HMM, MIT; see make_name_context_scores.py)')
for c in characters:
    background, background_else = likelihood(c, anywhere), likelihood(c, anywhere_else)
    row = [ratio(exp(emit['M-nr'].get(c, -1e100)), background), ratio(exp(emit['E-nr'].get(c, -1e100)), background),
           ratio(likelihood(c, before), background_else), ratio(likelihood(c, after), background_else),
           ratio(exp(emit['B-nr'].get(c, -1e100)), background)]
    if any(v is not None for v in row):
        print(c + '\t' + '\t'.join('-' if v is None else f'{v:.1f}' for v in row))
