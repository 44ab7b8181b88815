"""What a public reader of the repository gets: links that resolve inside it, the licence that
pyproject.toml announces, and a README whose two commands are the ones CI runs."""

import re
import subprocess
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
DOCS = [ROOT / "README.md", ROOT / "CONTRIBUTING.md", *sorted((ROOT / "docs").glob("*.md"))]
LINK = re.compile(r"\]\(([^)\s]+)\)")


def repository_text_files() -> list[Path]:
    listed = subprocess.run(["git", "ls-files"], cwd=ROOT, capture_output=True, text=True)
    if listed.returncode == 0 and listed.stdout:
        paths = [ROOT / line for line in listed.stdout.splitlines()]
    else:  # an unpacked sdist has no git
        paths = [p for p in ROOT.rglob("*") if ".venv" not in p.parts]
    return [p for p in paths if p.suffix in (".md", ".py", ".toml", ".json", ".txt", ".cfg") and p.is_file()]


def test_nothing_refers_to_files_outside_the_repository():
    outside = "../" + "shared"  # spelled apart so this file does not name it
    offenders = [str(p.relative_to(ROOT)) for p in repository_text_files()
                 if outside in p.read_text(encoding="utf-8", errors="replace")]
    assert offenders == []


def test_every_relative_link_in_the_docs_resolves_inside_the_repository():
    assert (ROOT / "docs" / "ARCHITECTURE.md").exists() and (ROOT / "CONTRIBUTING.md").exists()
    broken = []
    for doc in DOCS:
        for target in LINK.findall(doc.read_text(encoding="utf-8")):
            if re.match(r"^[a-z]+:", target) or target.startswith("#"):
                continue
            path = (doc.parent / target.split("#", 1)[0]).resolve()
            if ROOT not in path.parents or not path.exists():
                broken.append(f"{doc.name}: {target}")
    assert broken == []
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert "](docs/ARCHITECTURE.md)" in readme and "](CONTRIBUTING.md)" in readme


def test_the_licence_pyproject_announces_is_there():
    assert 'license = "MIT"' in (ROOT / "pyproject.toml").read_text(encoding="utf-8")
    licence = (ROOT / "LICENSE").read_text(encoding="utf-8")
    assert licence.startswith("MIT License") and "Station Desk contributors" in licence


def test_the_readme_gives_two_commands_and_ci_runs_the_second():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme.split("## Two commands", 1)[1].split("\n## ", 1)[0]
    blocks = re.findall(r"```\n(.*?)\n```", section, re.S)
    assert len(blocks) == 2 and all("\n" not in b for b in blocks)
    install_and_start, install_and_test = blocks
    assert install_and_start.endswith("desk --demo") and "pytest" in install_and_test
    after_marker = section.split("<!-- test-command -->", 1)[1]
    assert re.findall(r"```\n(.*?)\n```", after_marker, re.S)[0] == install_and_test
    assert "<!-- test-command -->" in (ROOT / ".ci" / "run").read_text(encoding="utf-8")


def test_contributing_has_the_add_a_duty_checklist():
    text = (ROOT / "CONTRIBUTING.md").read_text(encoding="utf-8")
    checklist = text.split("## Add a duty", 1)[1]
    for place in ("desk/ui/tabs.py", "desk/models.py", "desk/migrations/", "permissions.py", "SOURCE_NAMES",
                  "desk/services/<duty>/", "desk/demo/<duty>.py", "tools/i18n.py", "tools/screenshots.py", "tests/"):
        assert place in checklist, place
