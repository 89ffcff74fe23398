# Makes given-name-scores.tsv: for each character used in given names, the natural log of how much more often
# it appears in a given name than in running text. Both counts come from jieba's dict.txt (MIT licence, shipped
# in the jieba.NET NuGet package under Resources/): given names are the characters after the surname in the
# two- and three-character entries tagged nr, or nrfg (the tag jieba gives several hundred well-known persons:
# 伍淑清, 孙淑伟, 吴淑珍), whose first character is a surname of NameModel.cs; running text is every other entry,
# weighted by its frequency. Characters seen fewer than twice in names are left out and
# score as rare. No gold NER data is read.
#
# Usage: python3 make_given_name_scores.py path/to/jieba/Resources/dict.txt surnames.txt > given-name-scores.tsv
# (surnames.txt: NameModel.cs's single surnames, CommonSurnames and OtherSurnames, written one after the other)
import collections, math, sys

dictionary, surname_file = sys.argv[1], sys.argv[2]
surnames = set(open(surname_file, encoding='utf-8').read().strip())
given, text = collections.Counter(), collections.Counter()
total = 0
for line in open(dictionary, encoding='utf-8'):
    parts = line.split()
    if len(parts) < 2:
        continue
    word, frequency = parts[0], int(parts[1])
    tag = parts[2] if len(parts) > 2 else ''
    if tag in ('nr', 'nrfg') and len(word) in (2, 3) and word[0] in surnames:
        for ch in word[1:]:
            given[ch] += 1
    elif tag not in ('nr', 'nrfg'):
        for ch in word:
            text[ch] += frequency
        total += frequency * len(word)

names = sum(given.values())
vocabulary = len(text) + 1
scores = [(ch, math.log((n + 0.5) / names) - math.log((text[ch] + 1) / (total + vocabulary)))
          for ch, n in given.items() if n >= 2]
print('# character\tscore (jieba dict.txt, MIT: given names of its nr and nrfg entries; see make_given_name_scores.py)')
for ch, score in sorted(scores, key=lambda s: (-s[1], s[0])):
    print(f"{ch}\t{score:.1f}")
