"""Small LEGI archives in the layout and XML of DILA's exports, for the law-watch tests and bench.

Layout and elements as read by Legilibre's legi.py (tar2sqlite.py): the full export's members
start with `legi/global/code_et_TNC_en_vigueur/code_en_vigueur/LEGI/TEXT/<5 pairs>/<LEGITEXT>/`,
then `article/LEGI/ARTI/<5 pairs>/<LEGIARTI>.xml` (also `section_ta/…`, `texte/struct/`,
`texte/version/`);
a daily export puts the same tree under a time-stamp folder, beside `liste_suppression_legi.dat`
(paths without `.xml`). Each article file: META/META_COMMUN, META_SPEC/META_ARTICLE (NUM, ETAT,
DATE_DEBUT, DATE_FIN, TYPE), CONTEXTE/TEXTE@cid, VERSIONS/VERSION/LIEN_ART, NOTA, BLOC_TEXTUEL/
CONTENU with one <p> per paragraph, LIENS/LIEN.
"""

from __future__ import annotations

import io
import tarfile
import time
from dataclasses import dataclass, field
from pathlib import Path
from xml.sax.saxutils import escape, quoteattr

CODE_PENAL = "LEGITEXT000006070719"
CPP = "LEGITEXT000006071154"
TITLES = {CODE_PENAL: "Code pénal", CPP: "Code de procédure pénale"}
NO_END = "2999-01-01"
PREFIX = "legi/global/code_et_TNC_en_vigueur/code_en_vigueur"


def id_path(identifier: str) -> str:
    """LEGIARTI000049567458 -> LEGI/ARTI/00/00/49/56/74/LEGIARTI000049567458 (legi.py's rule)."""
    i = identifier
    return "/".join((i[0:4], i[4:8], i[8:10], i[10:12], i[12:14], i[14:16], i[16:18], i))


def article_path(cid: str, identifier: str) -> str:
    return f"{PREFIX}/{id_path(cid)}/article/{id_path(identifier)}"


@dataclass(frozen=True)
class Version:
    id: str
    start: str
    end: str = NO_END
    etat: str = "VIGUEUR"


@dataclass(frozen=True)
class Article:
    """One article file: one version of an article, listing every version of it."""

    id: str
    num: str
    start: str
    end: str = NO_END
    etat: str = "VIGUEUR"
    text: str = ""
    cid: str = CODE_PENAL
    versions: tuple[Version, ...] = ()
    links: tuple[str, ...] = ()

    def xml(self) -> bytes:
        versions = self.versions or (Version(self.id, self.start, self.end, self.etat),)
        lien_arts = "\n".join(
            f'<VERSION etat="{v.etat}">\n<LIEN_ART debut="{v.start}" etat="{v.etat}" '
            f'fin="{v.end}" id="{v.id}" num={quoteattr(self.num)} origine="LEGI"/>\n</VERSION>'
            for v in versions)
        paragraphs = "\n".join(f"<p>{escape(p.strip())}</p>"
                               for p in self.text.split("\n\n") if p.strip())
        title = TITLES.get(self.cid, "Code")
        return (
            '<?xml version="1.0" encoding="UTF-8"?>\n<ARTICLE>\n<META>\n<META_COMMUN>\n'
            f"<ID>{self.id}</ID>\n<ANCIEN_ID/>\n<ORIGINE>LEGI</ORIGINE>\n"
            f"<URL>article/{id_path(self.id)}.xml</URL>\n<NATURE>Article</NATURE>\n"
            "</META_COMMUN>\n<META_SPEC>\n<META_ARTICLE>\n"
            f"<NUM>{escape(self.num)}</NUM>\n<ETAT>{self.etat}</ETAT>\n"
            f"<DATE_DEBUT>{self.start}</DATE_DEBUT>\n<DATE_FIN>{self.end}</DATE_FIN>\n"
            "<TYPE>AUTONOME</TYPE>\n</META_ARTICLE>\n</META_SPEC>\n</META>\n<CONTEXTE>\n"
            f'<TEXTE autorite="" cid="{self.cid}" date_publi="2999-01-01" '
            'date_signature="2999-01-01" ministere="" nature="CODE" nor="" num="">\n'
            f'<TITRE_TXT c_titre_court="{title}" debut="1994-03-01" fin="2999-01-01" '
            f'id_txt="{self.cid}">{title}</TITRE_TXT>\n<TM>\n<TITRE_TM debut="1994-03-01" '
            'fin="2999-01-01" id="LEGISCTA000006089684">Partie législative</TITRE_TM>\n</TM>\n'
            f"</TEXTE>\n</CONTEXTE>\n<VERSIONS>\n{lien_arts}\n</VERSIONS>\n"
            "<NOTA>\n<CONTENU/>\n</NOTA>\n<BLOC_TEXTUEL>\n<CONTENU>\n"
            f"{paragraphs}\n</CONTENU>\n</BLOC_TEXTUEL>\n<LIENS>\n{''.join(self.links)}"
            "\n</LIENS>\n</ARTICLE>\n").encode()


def amending_link(title: str, signed: str, typelien: str = "MODIFICATION") -> str:
    return (f'<LIEN cidtexte="JORFTEXT000052000000" datesignatexte="{signed}" '
            f'id="JORFARTI000052000001" naturetexte="LOI" nortexte="" num="1" numtexte="" '
            f'sens="source" typelien="{typelien}">{escape(title)}</LIEN>')


def text_files(cid: str) -> dict[str, bytes]:
    """The text's own files (never read by the watch), for a realistic tree."""
    base = f"{PREFIX}/{id_path(cid)}"
    struct = (f"<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<TEXTELR><META><META_COMMUN><ID>{cid}"
              "</ID><NATURE>CODE</NATURE></META_COMMUN></META><STRUCT/></TEXTELR>\n").encode()
    version = (f"<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<TEXTE_VERSION><META><META_COMMUN>"
               f"<ID>{cid}</ID><NATURE>CODE</NATURE></META_COMMUN></META></TEXTE_VERSION>\n"
               ).encode()
    section = ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<SECTION_TA><ID>LEGISCTA000006089684"
               "</ID><TITRE_TA>Partie législative</TITRE_TA></SECTION_TA>\n").encode()
    return {f"{base}/texte/struct/{cid}.xml": struct, f"{base}/texte/version/{cid}.xml": version,
            f"{base}/section_ta/{id_path('LEGISCTA000006089684')}.xml": section}


@dataclass
class Export:
    """One archive to write: full (`Freemium_legi_global_…`) or daily (`LEGI_…`)."""

    stamp: str  # YYYYMMDD-HHMMSS
    full: bool
    articles: list[Article] = field(default_factory=list)
    deleted: list[str] = field(default_factory=list)  # deletion-list lines

    @property
    def name(self) -> str:
        kind = "Freemium_legi_global_" if self.full else "LEGI_"
        return f"{kind}{self.stamp}.tar.gz"

    def write(self, folder: Path) -> Path:
        path = folder / self.name
        top = "" if self.full else f"{self.stamp}/"
        mtime = int(time.mktime(time.strptime(self.stamp, "%Y%m%d-%H%M%S")))
        with tarfile.open(path, "w:gz") as tar:
            dirs: set[str] = set()
            files: dict[str, bytes] = {}
            for cid in sorted({a.cid for a in self.articles}):
                files.update(text_files(cid))
            for article in self.articles:
                files[article_path(article.cid, article.id) + ".xml"] = article.xml()
            for name, data in files.items():
                _add_dirs(tar, top + name, dirs, mtime)
                _add(tar, top + name, data, mtime)
            if self.deleted:
                data = "".join(line + "\n" for line in self.deleted).encode()
                _add(tar, f"{top}liste_suppression_legi.dat", data, mtime)
        return path


def _add(tar: tarfile.TarFile, name: str, data: bytes, mtime: int) -> None:
    info = tarfile.TarInfo(name)
    info.size, info.mtime, info.mode = len(data), mtime, 0o644
    tar.addfile(info, io.BytesIO(data))


def _add_dirs(tar: tarfile.TarFile, name: str, seen: set[str], mtime: int) -> None:
    parts = name.split("/")[:-1]
    for i in range(1, len(parts) + 1):
        folder = "/".join(parts[:i])
        if folder not in seen:
            seen.add(folder)
            info = tarfile.TarInfo(folder + "/")
            info.type, info.mtime, info.mode = tarfile.DIRTYPE, mtime, 0o755
            tar.addfile(info)
