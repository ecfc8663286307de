"""The finder: what each line of a document is, and the notes and list entries those lines make."""
