# Makes name-verbs.tsv: the two-character verbs of jieba's dictionary (dict.txt, MIT licence, shipped in the jieba.NET
# NuGet package under Resources/) that stand inside an organisation's name it lists (nt): 联合 (中国联合航空公司), 开发,
# 解放, 促进, 保护. A verb that no listed organisation holds (买下, 求学, 迎战, 响应) is a word of the sentence before a
# name, not part of it (买下 | 纽新公司). No gold NER data is read.
#
# Usage: python3 make_name_verbs.py path/to/jieba/Resources/dict.txt > name-verbs.tsv
import collections
import sys

tags, organizations = {}, []
for line in open(sys.argv[1], encoding='utf-8'):
    parts = line.split()
    if len(parts) >= 3:
        tags[parts[0]] = parts[2]
        if parts[2] == 'nt':
            organizations.append(parts[0])

counts = collections.Counter(name[i:i + 2] for name in organizations for i in range(len(name) - 1))
print('# Two-character verbs (v) inside the organisations (nt) of jieba\'s dict.txt (MIT), with how many hold each;')
print('# made by make_name_verbs.py.')
for word, count in sorted(counts.items()):
    if tags.get(word) == 'v' and all('\u4e00' <= c <= '\u9fff' for c in word):
        print(f"{word}\t{count}")
