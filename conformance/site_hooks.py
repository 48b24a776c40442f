"""mkdocs hooks of the spec site (named in mkdocs.yml): they hand `conformance.site`'s pages to mkdocs.

`conformance site` passes run reports and a format subset through `extra.conformance_site`; a plain
`mkdocs build` gets the spec, the traceability pages and the downloads, and a dashboard without results.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.files import File, Files
from mkdocs.structure.pages import Page

from binfmt_conformance.conformance import site

_model: site.SiteModel | None = None
_generated: dict[str, str | bytes] = {}


def on_config(config: MkDocsConfig) -> MkDocsConfig:
    global _model, _generated
    options: dict[str, Any] = config.extra.get(site.EXTRA_KEY) or {}
    _model = site.build_model(options.get("formats") or None, [Path(p) for p in options.get("reports", ())])
    _generated = site.generated_files(_model)
    config.nav = site.navigation(_model, [*site.chapters(_model), *_generated])
    return config


def on_files(files: Files, config: MkDocsConfig) -> Files:
    assert _model is not None
    for chapter in _model.excluded_chapters:
        excluded = files.get_file_from_path(chapter)
        if excluded is not None:
            files.remove(excluded)
    for path, content in _generated.items():
        files.append(File.generated(config, path, content=content))
    return files


def on_page_markdown(markdown: str, page: Page, config: MkDocsConfig, files: Files) -> str:
    assert _model is not None
    if page.file.generated_by is None and page.file.src_uri in site.chapters(_model):
        return site.annotate_chapter(markdown, page.file.src_uri, _model)
    return markdown
