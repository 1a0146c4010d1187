#!/usr/bin/env bash
# Counts how many mentions of the seed articles' key names the entity
# recogniser finds with the exact span and the right type (issue 4): every
# occurrence of the name's text in a sentence (word boundaries, spacing from
# SpaceAfter=No) must be a predicted mention over exactly those words.
# This is an evaluation, not part of the model: no name reaches training.
#
# usage: scripts/check-article-names.sh [ARTICLE.txt...]   (default: examples/articles/*.txt)
#   KG=build/kg, KG_MODELS=... pick the binary and the models as for kg parse.
# Boilerplate lines (captions...) are kept, so every occurrence counts.
# Prints one line per name ("Kim Jong Un PERSON 3/4 (inside a mention: 4)")
# and a total line "names: found=N of M (...)"; exits 0 (it measures).
set -euo pipefail
KG=${KG:-build/kg}
if [ $# -eq 0 ]; then set -- examples/articles/*.txt; fi
NAMES='Kim Jong Un=PERSON
Kim Jong-un=PERSON
Moon Jae-in=PERSON
Jae-in Moon=PERSON
Kim Yo Jong=PERSON
Mike Pence=PERSON
Pyongyang=GPE
Seoul=GPE'

"$KG" parse --ner --keep-boilerplate "$@" | awk -v names="$NAMES" '
BEGIN {
  n_names = split(names, lines, "\n")
  for (k = 1; k <= n_names; ++k) {
    eq = index(lines[k], "=")
    name[k] = substr(lines[k], 1, eq - 1)
    type[k] = substr(lines[k], eq + 1)
  }
}
function misc_value(misc, key,    parts, i, np) {
  np = split(misc, parts, "|")
  for (i = 1; i <= np; ++i)
    if (index(parts[i], key "=") == 1) return substr(parts[i], length(key) + 2)
  return ""
}
# Whether a mention of the type covers words i..j (a looser count: "Vice
# President Mike Pence" contains the name but is not it).
function covered(i, j, t,    key, f) {
  for (key in mention) {
    split(key, f, ",")
    if (f[1] + 0 <= i && f[2] + 0 >= j && f[3] == t) return 1
  }
  return 0
}
# Mentions of the sentence from the BILOU tags, as "first,last,TYPE" keys.
function sentence_done(    i, j, k, tag, p, t, open, otype, text) {
  delete mention
  open = 0
  for (i = 1; i <= nw; ++i) {
    tag = ner[i]
    p = (tag == "" || tag == "O") ? "O" : substr(tag, 1, 1)
    t = p == "O" ? "" : substr(tag, 3)
    if (open && (p == "O" || p == "B" || p == "U" || t != otype)) { mention[open "," (i - 1) "," otype] = 1; open = 0 }
    if (p == "U") mention[i "," i "," t] = 1
    else if (p == "B" || ((p == "I" || p == "L") && !open)) { open = i; otype = t; if (p == "L") { mention[i "," i "," t] = 1; open = 0 } }
    else if (p == "L") { mention[open "," i "," otype] = 1; open = 0 }
  }
  if (open) mention[open "," nw "," otype] = 1
  for (i = 1; i <= nw; ++i) {
    text = ""
    for (j = i; j <= nw; ++j) {
      text = text form[j]
      for (k = 1; k <= n_names; ++k)
        if (text == name[k]) { ++total[k]; if ((i "," j "," type[k]) in mention) ++found[k]; if (covered(i, j, type[k])) ++inside[k] }
      if (length(text) >= 40) break
      if (!glued[j]) text = text " "
    }
  }
  nw = 0
}
/^#/ { next }
/^$/ { if (nw) sentence_done(); next }
{
  split($0, col, "\t")
  if (col[1] ~ /[-.]/) next
  ++nw
  form[nw] = col[2]
  glued[nw] = misc_value(col[10], "SpaceAfter") == "No"
  ner[nw] = misc_value(col[10], "NER")
}
END {
  if (nw) sentence_done()
  for (k = 1; k <= n_names; ++k) {
    printf "%s %s %d/%d (inside a mention: %d)\n", name[k], type[k], found[k], total[k], inside[k]
    all_found += found[k]; all_total += total[k]; all_inside += inside[k]
  }
  printf "names: found=%d of %d (inside a mention of the type: %d)\n", all_found, all_total, all_inside
}'
