"""bibkit: notes and reference lists in Turkish, Russian and English, with archival locators, as CSL records."""

__version__ = "0.1.0"
