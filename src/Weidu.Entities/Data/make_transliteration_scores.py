# Makes transliteration-scores.tsv: for each character used in transliterated foreign names, the natural log of how
# much more often it appears in such a name than in running text. Both counts come from jieba's dict.txt (MIT
# licence, shipped in the jieba.NET NuGet package under Resources/): transliterated names are the entries of two or
# more characters tagged nrt (克林顿, 阿拉法特); running text is every entry not tagged nr*, weighted by its
# frequency. Characters seen fewer than three times in such names are left out and score as rare. No gold NER data
# is read.
#
# Usage: python3 make_transliteration_scores.py path/to/jieba/Resources/dict.txt > transliteration-scores.tsv
import collections, math, sys

names, text = collections.Counter(), collections.Counter()
total = 0
for line in open(sys.argv[1], encoding='utf-8'):
    parts = line.split()
    if len(parts) < 3:
        continue
    word, frequency, tag = parts[0], int(parts[1]), parts[2]
    if tag == 'nrt' and len(word) >= 2:
        for ch in word:
            names[ch] += 1
    elif not tag.startswith('nr'):
        for ch in word:
            text[ch] += frequency
        total += frequency * len(word)

count = sum(names.values())
vocabulary = len(text) + 1
scores = [(ch, math.log((n + 0.5) / count) - math.log((text[ch] + 1) / (total + vocabulary)))
          for ch, n in names.items() if n >= 3]
for ch, score in sorted(scores, key=lambda s: (-s[1], s[0])):
    print(f"{ch}\t{score:.1f}")
