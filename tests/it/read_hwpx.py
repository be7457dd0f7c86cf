"""Reads an HWPX document back with python-hwpx, a reader gavel's developers did not write.

Prints one JSON object: the text of every paragraph and every table cell in document order
("texts"), each footer's text and the page-number fields in it ("footers"), and what
python-hwpx's validators say: the OWPML schema check of the header and sections ("schema"),
the package check ("package": errors and warnings), and whether the file reopens as an editor
would open it ("reopen_ok").

Usage: python read_hwpx.py FILE.hwpx
"""

import json
import sys
import warnings

from hwpx import HwpxDocument
from hwpx.tools.package_validator import validate_editor_open_safety, validate_package

HP = "{http://www.hancom.co.kr/hwpml/2011/paragraph}"


def paragraph_texts(paragraphs, out):
    for paragraph in paragraphs:
        if paragraph.text:
            out.append(paragraph.text)
        for table in paragraph.tables:
            for row in table.rows:
                for cell in row.cells:
                    out.append(cell.text)


def main(path):
    warnings.simplefilter("ignore", DeprecationWarning)
    document = HwpxDocument.open(path)
    texts = []
    footers = []
    for section in document.sections:
        paragraph_texts(section.paragraphs, texts)
        for footer in section.properties.footers:
            numbers = [n.get("numType") for n in footer.element.iter(f"{HP}autoNum")]
            footers.append({"text": footer.text, "page_numbers": numbers})
    schema = document.validate()
    package = validate_package(path)
    safety = validate_editor_open_safety(path)
    print(
        json.dumps(
            {
                "texts": texts,
                "footers": footers,
                "schema": [str(issue) for issue in schema.issues],
                "package": {
                    "errors": [i.message for i in package.issues if i.level == "error"],
                    "warnings": [i.message for i in package.issues if i.level != "error"],
                },
                "reopen_ok": bool(safety.reopen_ok) and not safety.blocking_package_errors,
            },
            ensure_ascii=False,
        )
    )


if __name__ == "__main__":
    main(sys.argv[1])
