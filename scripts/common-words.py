#!/usr/bin/env python3
"""Derives src/main/resources/akhbar/actor/common-words.txt from the ANERcorp training split.

A word that ANERcorp's annotators tagged O (outside any name) at least MIN_O times and never
inside a PERS, ORG, LOC or MISC name is a common word of news Arabic: it does not start or
continue an unknown person's name after a speech verb («وأضاف موقع إلكتروني أن» has no person).

    python3 scripts/common-words.py ../shared/data/anercorp/train.txt > src/main/resources/akhbar/actor/common-words.txt
"""
import collections, re, sys

MIN_O = 2
DIACRITICS = re.compile("[\u064B-\u0652\u0670\u0640]")


def norm(w):
    w = DIACRITICS.sub("", w)
    w = re.sub("[أإآٱ]", "ا", w).replace("ى", "ي").replace("ة", "ه")
    return w


outside, inside = collections.Counter(), set()
for line in open(sys.argv[1], encoding="utf-8"):
    parts = line.split()
    if len(parts) != 2:
        continue
    w, tag = norm(parts[0]), parts[1]
    if not re.fullmatch("[\u0621-\u064A]{2,}", w):
        continue
    if tag == "O":
        outside[w] += 1
    else:
        inside.add(w)
print("# Common words of news Arabic, derived from the ANERcorp training split (Benajiba et al.; freely")
print("# available for research, the split's repository is MIT) by scripts/common-words.py: tagged O at")
print(f"# least {MIN_O} times and never inside a name. Normalised forms, one a line.")
for w in sorted(w for w, n in outside.items() if n >= MIN_O and w not in inside):
    print(w)
