"""The articles whose text is quoted from the LEGI open-data export of 13 July 2025, with the
export's address and day: checked in the law data and on the offence pages."""

from datetime import date

LEGI_EXPORT = "https://github.com/Ansvar-Systems/French-law-mcp/blob/12b9e76e/data/seed/code-penal.json"
EXPORT_DAY = date(2025, 7, 13)
QUOTED_FROM_EXPORT = ("226-1", "226-2-1", "226-3-1", "226-4-1", "222-33-2-3", "227-23-1", "223-1-1")
