"""How fast and how lean the monthly workbook's detail sheets are written.

    python benchmarks/workbook.py [--rows 100000]

Writes the same rows (a busy month of check-ins: time, name, masked phone, kind, platform,
grid, services, operator) three ways, each in a fresh process so peak memory is its own:
openpyxl write-only (the app's way) with and without lxml, and xlsxwriter's constant-memory
mode as the yardstick. Prints seconds and peak RSS. Needs ``pip install xlsxwriter lxml``.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import resource
import subprocess
import sys
import tempfile
import time

HEADERS = ["到访时间", "姓名", "手机号", "身份", "平台/单位", "网格", "使用服务", "值班人员"]


def rows(n: int):
    start = dt.datetime(2026, 11, 1, 8)
    for i in range(n):
        yield (start + dt.timedelta(seconds=i * 25), f"骑手{i % 997}", f"138****{i % 10000:04d}", "外卖骑手",
               "美团", f"第{i % 6 + 1}网格", "饮水、充电、无线网络", "王阿姨")


def write_openpyxl(path: str, n: int) -> None:
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell

    wb = Workbook(write_only=True)
    ws = wb.create_sheet("到访明细")
    ws.freeze_panes = "A2"
    ws.append(HEADERS)
    for row in rows(n):
        cells = []
        for value in row:
            cell = WriteOnlyCell(ws, value=value)
            if isinstance(value, str):
                cell.data_type = "s"
            else:
                cell.number_format = "yyyy-mm-dd hh:mm"
            cells.append(cell)
        ws.append(cells)
    wb.save(path)


def write_openpyxl_lean(path: str, n: int) -> None:
    """The app's way: a WriteOnlyCell only where a plain value would be wrong (dates, formula-like text)."""
    from openpyxl import Workbook

    from desk.services.common.cells import fast_text

    wb = Workbook(write_only=True)
    ws = wb.create_sheet("到访明细")
    ws.freeze_panes = "A2"
    ws.append(HEADERS)
    from openpyxl.cell import WriteOnlyCell

    for row in rows(n):
        when = WriteOnlyCell(ws, value=row[0])
        when.number_format = "yyyy-mm-dd hh:mm"
        ws.append([when, *(fast_text(ws, v) for v in row[1:])])
    wb.save(path)


def write_xlsxwriter(path: str, n: int) -> None:
    import xlsxwriter

    wb = xlsxwriter.Workbook(path, {"constant_memory": True})
    ws = wb.add_worksheet("到访明细")
    when = wb.add_format({"num_format": "yyyy-mm-dd hh:mm"})
    ws.freeze_panes(1, 0)
    ws.write_row(0, 0, HEADERS)
    for r, row in enumerate(rows(n), start=1):
        ws.write_datetime(r, 0, row[0], when)
        for c, value in enumerate(row[1:], start=1):
            ws.write_string(r, c, value)
    wb.close()


def child(kind: str, n: int) -> None:
    if kind == "openpyxl-no-lxml":
        os.environ["OPENPYXL_LXML"] = "False"  # read by openpyxl at import: it falls back to the stdlib writer
    path = tempfile.mktemp(suffix=".xlsx")
    began = time.perf_counter()
    writer = {"xlsxwriter": write_xlsxwriter, "openpyxl-lean": write_openpyxl_lean}.get(kind, write_openpyxl)
    writer(path, n)
    seconds = time.perf_counter() - began
    from openpyxl import LXML

    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(json.dumps({"kind": kind, "seconds": round(seconds, 2), "peak_mb": round(peak_mb),
                      "lxml": LXML if kind != "xlsxwriter" else None, "size_kb": os.path.getsize(path) // 1024}))
    os.unlink(path)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rows", type=int, default=100_000)
    parser.add_argument("--child", default=None)
    args = parser.parse_args()
    if args.child:
        child(args.child, args.rows)
        return 0
    for kind in ("openpyxl", "openpyxl-no-lxml", "openpyxl-lean", "xlsxwriter"):
        root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
        out = subprocess.run([sys.executable, __file__, "--rows", str(args.rows), "--child", kind],
                             capture_output=True, text=True, check=True, env=dict(os.environ, PYTHONPATH=root))
        print(out.stdout.strip())
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
