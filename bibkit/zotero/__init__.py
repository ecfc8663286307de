"""Into Zotero: records as Zotero items (:mod:`~bibkit.zotero.items`), a Web API v3 client
(:mod:`~bibkit.zotero.api`) and the push that creates or updates them (:mod:`~bibkit.zotero.push`)."""
