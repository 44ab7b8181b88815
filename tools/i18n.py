"""Keep the Qt translations in step with the code.

    python tools/i18n.py update [AREA…]  # lupdate every area (or those named), then lrelease
    python tools/i18n.py untranslated  # list strings still without Chinese
    python tools/i18n.py apply FILE.json  # fill translations from {"English": "中文", ...}

One .ts per area (resources/i18n/<area>_zh_CN.ts), so people working on different tabs
never edit the same file. The app loads every ``*_zh_CN.qm`` in resources/i18n.
A source file belongs to the first area whose pattern matches it.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
I18N = ROOT / "resources" / "i18n"

AREAS: dict[str, list[str]] = {
    "checkin": ["desk/ui/checkin_tab.py", "desk/ui/checkin/*.py", "desk/services/checkin/*.py"],
    "points": ["desk/ui/points_tab.py", "desk/ui/points/*.py", "desk/services/points/*.py", "desk/reports/points_sheets.py"],
    "people": ["desk/ui/people_tab.py", "desk/ui/people/*.py", "desk/services/people/*.py", "desk/reports/cards.py"],
    "gifts": ["desk/ui/gifts_tab.py", "desk/ui/gifts/*.py", "desk/services/gifts/*.py", "desk/services/stock/*.py",
              "desk/reports/gift_sheets.py"],
    "wishes": ["desk/ui/wishes_tab.py", "desk/ui/wishes/*.py", "desk/services/wishes/*.py", "desk/reports/wish*.py"],
    "events": ["desk/ui/events_tab.py", "desk/ui/events/*.py", "desk/services/events/*.py", "desk/reports/event*.py"],
    "grid": ["desk/ui/grid_tab.py", "desk/ui/grid/*.py", "desk/services/grid/*.py", "desk/reports/grid*.py"],
    "reports": ["desk/ui/reports_tab.py", "desk/ui/reports/*.py", "desk/services/figures/*.py", "desk/reports/monthly*.py"],
    "safety": ["desk/ui/safety/*.py", "desk/services/safety/*.py"],
    # everything else: main window, shared widgets, errors, the common services
    "core": ["desk/ui/*.py", "desk/ui/widgets/*.py", "desk/ui/backups/*.py", "desk/errors.py",
             "desk/services/common/*.py", "desk/services/*.py", "desk/reports/*.py", "desk/*.py"],
}


def _tool(name: str) -> str:
    local = Path(sys.executable).parent / name
    return str(local) if local.exists() else (shutil.which(name) or name)


def area_files() -> dict[str, list[str]]:
    taken: set[Path] = set()
    result: dict[str, list[str]] = {}
    for area, patterns in AREAS.items():
        files = []
        for pattern in patterns:
            for path in sorted(ROOT.glob(pattern)):
                if path not in taken and path.name != "__init__.py":
                    taken.add(path)
                    files.append(str(path.relative_to(ROOT)))
        result[area] = files
    return result


def update(only: list[str] | None = None) -> None:
    for area, files in area_files().items():
        if not files or (only and area not in only):
            continue
        ts = I18N / f"{area}_zh_CN.ts"
        subprocess.run([_tool("pyside6-lupdate"), *files, "-no-obsolete", "-ts", str(ts.relative_to(ROOT))], cwd=ROOT, check=True)
        subprocess.run([_tool("pyside6-lrelease"), str(ts), "-qm", str(ts.with_suffix(".qm"))], cwd=ROOT, check=True,
                       stdout=subprocess.DEVNULL)


def _messages():
    for ts in sorted(I18N.glob("*_zh_CN.ts")):
        tree = ET.parse(ts)
        for context in tree.getroot().iter("context"):
            for message in context.iter("message"):
                yield ts, tree, context.findtext("name"), message


def untranslated() -> list[str]:
    out = []
    for ts, _tree, context, message in _messages():
        tr = message.find("translation")
        if tr is not None and tr.get("type") == "unfinished":
            out.append(f"{ts.name}\t{context}\t{message.findtext('source')}")
    return out


def apply(mapping: dict[str, str]) -> int:
    """Fill unfinished messages whose source is in ``mapping``; returns how many were filled."""
    trees = {}
    filled = 0
    for ts, tree, _context, message in _messages():
        trees[ts] = tree
        tr = message.find("translation")
        source = message.findtext("source")
        if tr is not None and tr.get("type") == "unfinished" and source in mapping:
            tr.text = mapping[source]
            del tr.attrib["type"]
            filled += 1
    for ts, tree in trees.items():
        tree.write(ts, encoding="utf-8", xml_declaration=True)
    return filled


if __name__ == "__main__":
    cmd = sys.argv[1] if len(sys.argv) > 1 else "update"
    if cmd == "update":
        update(sys.argv[2:] or None)
    elif cmd == "untranslated":
        print("\n".join(untranslated()))
    elif cmd == "apply":
        print(apply(json.loads(Path(sys.argv[2]).read_text(encoding="utf-8"))), "filled")
        update()
    else:
        raise SystemExit(__doc__)
