"""Which country a company's party block places it in: inside the EU/EEA or outside.

A careful reader finds where a company is registered from what its party block, letterhead or
signature gives, and trusts the firmer clue when two differ:

1. a registration stated: "a company registered in Ireland", "incorporated in England and
   Wales", « société de droit belge », an RCS, BCE or SIRET number, "an Irish company", «
   registre du commerce du canton de Genève »;
2. a country named in the address: "Galway, Ireland", « 4000 Liège (Belgique) », "Leeds,
   United Kingdom";
3. a postal code of a known shape: « 37000 Tours », "Cork T12 X2N6" (an Eircode), "London SE1
   3LE" (a British postcode), « 1227 Carouge (GE) » (a Swiss canton);
4. a town, only next to a legal form ("X Ltd, Dublin", « YLG Dépannage, Libourne » as a sole
   trader) or after « dont le siège est ... à »: a town alone says nothing.

``place_of`` answers ``(tier, "eu" | "outside")`` for the firmest clue of a segment, or None.
"""

from __future__ import annotations

import re

EU = "eu"
OUTSIDE = "outside"

_EU_COUNTRIES = (
    r"(?:the )?republic of ireland|(?<!northern )ireland|irlande|france|belgi(?:um|que)"
    r"|luxembourg|(?:the )?netherlands|pays-bas|germany|allemagne|deutschland|denmark|danemark"
    r"|spain|espagne|italy|italie|portugal|austria|autriche|sweden|suede|finland|finlande"
    r"|poland|pologne|norway|norvege|iceland|islande|estonia|estonie|latvia|lithuania|malta"
    r"|malte|cyprus|chypre|greece|grece|czech republic|slovakia|slovenia|croatia|hungary"
    r"|romania|roumanie|bulgaria|bulgarie|liechtenstein"
)
OUTSIDE_COUNTRIES = (
    r"england|scotland|wales|northern ireland|(?:the )?united kingdom|the uk|royaume-uni"
    r"|angleterre|ecosse|pays de galles|irlande du nord|switzerland|suisse|canada|quebec"
    r"|ontario|british columbia|(?:the )?united states(?: of america)?|(?:the )?usa|u\.s\.a\.?"
    r"|etats-unis|delaware|new york|california|texas|massachusetts|vermont"
    r"|india|inde"
    r"|singapore|singapour|australia|australie|jersey|guernsey|(?:the )?isle of man|monaco"
    r"|andorr[ea]"
)
_EU_ADJECTIVES = (
    r"irish|french|belgian|luxembourg(?:ish)?|dutch|german|danish|spanish|italian|portuguese"
    r"|austrian|swedish|finnish|polish|norwegian"
)
_EU_ADJECTIVES_FR = (
    r"francaise|belge|luxembourgeoise|irlandaise|allemande|neerlandaise|danoise|espagnole"
    r"|italienne|portugaise|autrichienne|suedoise|finlandaise|polonaise|norvegienne"
)
_DE_DROIT_EU = (
    r"francais|belge|luxembourgeois|irlandais|allemand|neerlandais|danois|espagnol|italien"
    r"|portugais|autrichien|suedois|europeen"
)
_DE_DROIT_OUTSIDE = (
    r"suisse|canadien|quebecois|americain|britannique|anglais|ecossais|indien|monegasque"
    r"|andorran"
)
_REGISTERED = (
    r"\b(?:registered|incorporated|established|organi[sz]ed|constituted)"
    r" (?:in|under the laws of)"
)

# 1. a registration stated (folded text)
_REGISTRATION_EU = re.compile(
    rf"{_REGISTERED} (?:{_EU_COUNTRIES})\b|\bde droit (?:{_DE_DROIT_EU})\b"
    rf"|\b(?:an?|une) (?:{_EU_ADJECTIVES}) (?:company|entity|firm|business|limited company)\b"
    rf"|\bune (?:societe|entreprise|entite) (?:{_EU_ADJECTIVES_FR})\b"
    r"|\b(?:rcs|r\.c\.s\.?|siret|siren|bce|kvk|cvr)\b|\bbanque-carrefour\b"
    r"|\bbe ?0[0-9]{3}\.[0-9]{3}"
    r"|\bimmatricul\w* au (?:registre du commerce et des societes|rcs)\b"
    r"|\b(?:tva|vat)[^.;]{0,25}\b(?:fr|be|lu|ie|nl|de) ?[0-9a-z]{2}[ .]?[0-9]{3}"
)
_REGISTRATION_OUTSIDE = re.compile(
    rf"{_REGISTERED} (?:{OUTSIDE_COUNTRIES})\b|\bde droit (?:{_DE_DROIT_OUTSIDE})\b"
    r"|\b(?:an?|une) (?:british|english|scottish|welsh|swiss|canadian|american|u\.?s\.?)"
    r" (?:company|entity|firm|business|limited company|corporation)\b"
    r"|\bune (?:societe|entreprise|entite) (?:britannique|anglaise|suisse|canadienne|americaine)\b"
    r"|\bregistre du commerce du canton\b|\bche-[0-9]{3}\.[0-9]{3}|\bcompanies house\b"
    r"|\b(?:vat|tva)[^.;]{0,25}\bgb ?[0-9]{3} ?[0-9]{4} ?[0-9]{2}\b"
    r"|\b(?:a|an) (?:delaware|new york|california|texas) (?:corporation|company)\b"
)
# 2. a country named (folded text)
_COUNTRY_EU = re.compile(rf"\b(?:{_EU_COUNTRIES})\b")
_COUNTRY_OUTSIDE = re.compile(rf"\b(?:{OUTSIDE_COUNTRIES})\b")
# 3. a postal code (original text, case kept): French, German, Italian or Spanish five digits
# before a town, Luxembourg « L-4041 », a Dutch « 1016 GC », an Eircode, an Irish county or
# Dublin district; a British postcode, a Swiss canton after a four-digit code
_POSTCODE_EU = re.compile(
    r"(?<![\d.,])\b[0-9]{5} (?:[A-ZÉÈ][\w'-]|[Ll]es? |[Ll]a )|\([0-9]{5}\)|\bL-[0-9]{4} [A-Z]"
    r"|\b[0-9]{4} [A-Z]{2} [A-Z][a-z]|\b[ACDEFHKNPRTVWXY][0-9][0-9W] ?[0-9ACDEFHKNPRTVWXY]{4}\b"
    r"|\bCo\. ?(?:Cork|Galway|Clare|Kerry|Limerick|Mayo|Sligo|Donegal|Kildare|Meath|Wicklow"
    r"|Wexford|Waterford|Kilkenny|Tipperary|Offaly|Laois|Louth|Westmeath|Roscommon|Leitrim"
    r"|Cavan|Monaghan|Longford|Carlow|Dublin)\b|\bDublin [0-9]{1,2}\b"
)
_POSTCODE_OUTSIDE = re.compile(
    r"\b[A-Z]{1,2}[0-9][A-Z0-9]? [0-9][ABD-HJLNP-UW-Z]{2}\b"
    r"|\b[0-9]{4} [A-Z][\w-]+(?: [A-Z][\w-]+)? \((?:GE|VD|VS|NE|FR|JU|BE|ZH|TI|LU|BS|SG)\)"
    r"|\bCH-[0-9]{4}\b"
)
# 4. a town (folded), next to a legal form, or after « siège ... à »
_TOWN_EU = re.compile(
    r"\b(?:dublin|cork|galway|limerick|waterford|kilkenny|sligo|athlone|drogheda|dundalk"
    r"|ennis|tralee|wexford|letterkenny|navan|naas|bray|swords)\b"
)
_TOWN_OUTSIDE = re.compile(
    r"\b(?:london|manchester|leeds|birmingham|bristol|liverpool|sheffield|glasgow|edinburgh"
    r"|cardiff|swansea|belfast|aberdeen|inverness|newcastle upon tyne|nottingham|leicester"
    r"|cambridge|oxford|harrogate|geneve|lausanne|zurich|berne|bale|montreal"
    r"|toronto|vancouver|londres|edimbourg|neuchatel|lugano|new york|ottawa|quebec)\b"
)
# « dont le siège est (situé) à Grenoble », « siège social : ... à Caen »: a registered office in
# a French-language party block; read as French unless another clue names a country or the
# town is abroad (« à Genève », « à Londres »)
_SIEGE = re.compile(
    r"\bsiege (?:social )?(?:est |se trouve |:)?(?:situe |etabli )?[^;]{0,60}?\ba\b"
)
_LEGAL_FORM = re.compile(
    r"\b(?:SAS|SASU|SARL|EURL|SA|SRL|SPRL|SCOP|SELARL|SELAS|GmbH|B\.V\.|BV|NV|ApS|AB|Oy|SpA"
    r"|Ltd|LTD|Limited|LIMITED|PLC|plc|LLP|Inc|LLC|AG|Sàrl)\b|\bS\.à r\.l\."
    r"|\b(?:entrepreneur individuel|auto-entrepreneur|micro-entreprise)\b"
)
_LEGAL_FORM_FOLDED = re.compile(
    r"\bsocietes? (?:par actions simplifiee|anonyme|a responsabilite limitee)\b"
    r"|\bentrepreneur individuel\b|\ba company\b|\bune societe\b"
)


# "Kerlouan Infogérance SAS (Brest)", "Skerrymoor Cloud B.V., Amsterdam": a legal form used
# only in EU countries, next to a town (original text, case kept)
_EU_FORM_TOWN = re.compile(
    r"\b(?:SAS|SASU|SARL|EURL|SELARL|SELAS|SCOP|GmbH|B\.V\.|BV|NV|ApS|Oy|SpA|SRL|S\.à r\.l\.)"
    r",? \(?(?!(?:Unit|Version|Order|Agreement|Contrat|Conditions|Annexe|The|Le|La|Les|Pour|For"
    r"|Customer|Client|Provider|Prestataire|Support|Société|Capital|Entre|Et|And)\b)"
    r"[A-ZÉÈ][\w'-]+(?:[ -][A-ZÉÈ][\w'-]+)?(?:\)|,| \(| [–-]|\.?$)"
)


def has_legal_form(text: str, folded: str) -> bool:
    """The segment names a company by its legal form ("X Ltd", « SARL au capital de »)."""
    return bool(_LEGAL_FORM.search(text) or _LEGAL_FORM_FOLDED.search(folded))


def place_of(text: str, folded: str) -> tuple[int, str] | None:
    """The firmest clue of where the company of this segment is registered (see the module
    docstring): ``(tier, EU or OUTSIDE)``, tier 1 the firmest; None when there is none."""
    for tier, eu, outside, case_kept in (
        (1, _REGISTRATION_EU, _REGISTRATION_OUTSIDE, False),
        (2, _COUNTRY_EU, _COUNTRY_OUTSIDE, False),
        (3, _POSTCODE_EU, _POSTCODE_OUTSIDE, True),
    ):
        subject = text if case_kept else folded
        inside, beyond = eu.search(subject), outside.search(subject)
        if inside is not None or beyond is not None:
            if inside is not None and beyond is not None:
                # both: the one written first is the company's own (a registration, then a
                # branch office abroad)
                return tier, EU if inside.start() < beyond.start() else OUTSIDE
            return tier, EU if inside is not None else OUTSIDE
    siege = _SIEGE.search(folded)
    if siege is not None:
        # « dont le siège est à Genève »: the town abroad, as "registered office in London"
        return 4, OUTSIDE if _TOWN_OUTSIDE.match(folded, siege.end() + 1) else EU
    town = _EU_FORM_TOWN.search(text)
    if town is not None:
        # "Alpenwolke GmbH, Zürich": a form also used in Switzerland, next to a Swiss town
        abroad = _TOWN_OUTSIDE.search(folded, town.start(), town.end())
        return 4, EU if abroad is None else OUTSIDE
    if not has_legal_form(text, folded):
        return None  # a town alone says nothing
    inside, beyond = _TOWN_EU.search(folded), _TOWN_OUTSIDE.search(folded)
    if inside is not None and beyond is None:
        return 4, EU
    if beyond is not None and inside is None:
        return 4, OUTSIDE
    return None
