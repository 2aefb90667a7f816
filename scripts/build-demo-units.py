"""Regenerates src/server/demo/demo-units.json from ../shared/data (development only).

The demo must start without ../shared, so it carries this small extract of the official list
(34 provinces; the communes of Thanh Hóa and Thái Nguyên). Upstream: thanglequoc/vietnamese-provinces-database
and zindont/vietnam-address-kit, both MIT; see NOTICE.md.
"""
import csv, json, pathlib
root = pathlib.Path(__file__).resolve().parent.parent
data = root.parent / 'shared' / 'data' / 'admin-units'
provinces = [[r['code'], r['full_name'], 'Thành phố' if r['type'].startswith('Thành phố') else 'Tỉnh']
             for r in csv.DictReader(open(data / 'provinces_2025-07-01.csv', encoding='utf-8'))]
communes = {}
for r in csv.DictReader(open(data / 'communes_2025-07-01.csv', encoding='utf-8')):
    if r['province_code'] in ('38', '19'):
        communes.setdefault(r['province_code'], []).append([r['code'], r['full_name'], r['type']])
out = {'source': 'QĐ 19/2025/QĐ-TTg list as of 2025-07-01, via MIT-licensed public copies (see NOTICE.md)',
       'provinces': provinces, 'communes': communes}
(root / 'src/server/demo/demo-units.json').write_text(json.dumps(out, ensure_ascii=False, separators=(',', ':')) + '\n', encoding='utf-8')
print(len(provinces), {k: len(v) for k, v in communes.items()})
