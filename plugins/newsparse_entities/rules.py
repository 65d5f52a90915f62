"""Closed word lists the recogniser's rules consult: titles, roles, organisation heads, verbs."""

from __future__ import annotations

from typing import Final

# Capitalized titles before a person's name ("President Vladimir Putin", "Gen. Smith").
TITLES: Final = frozenset(
    """
    Mr Mrs Ms Dr General Colonel Major Captain Admiral Senator Governor President Premier Chancellor
    King Queen Prince Princess Pope Sheikh Sheik Emir Sultan Ayatollah Imam Minister Secretary
    Ambassador Deputy Chairman Chairwoman Chief Judge Justice Commander Mayor Speaker Spokesman
    Spokeswoman Lord Lady Sir Dame Saint Father Brother Sister Marshal Field Vice Acting
    Former Foreign Defense Defence Interior Finance Prime Coach Director Envoy Leader Mufti Exchequer
    Patriarch Archbishop Bishop Cardinal Rabbi Crown Secretary-General Vice-President
    Attorney-General Director-General Commander-in-Chief President-elect Major-General
    Lieutenant-General Brigadier-General Lieutenant-Colonel Lieutenant-Commander Vice-Admiral Rear-Admiral
    Lieutenant Sergeant Corporal Emperor Empress Commissioner Representative
    Professor Reverend Congressman Congresswoman Councilman Councilwoman Councillor Councilor
    Assemblyman Assemblywoman Alderman Inspector Detective Superintendent Constable
    """.split()
)
# Portfolios that open a title before a title word ("Treasury Secretary", "Energy Minister"): part of
# the title, not an organisation of its own ("US Treasury Secretary John Snow" is the US and John Snow).
PORTFOLIOS: Final = frozenset(
    """Treasury Trade Energy Health Justice Commerce Agriculture Education Transport
    Environment Culture Oil Economy Home Industry Housing Information Tourism Security Sports Press Finance
    Defence Defense Interior Competition""".split()
)
# Suffixes that end a company name ("Kia Motor Corp of South Korea" is the company, then a country).
COMPANY_SUFFIXES: Final = frozenset(
    """Corp Corp. Inc Inc. Ltd Ltd. Limited Incorporated Co Co. Plc plc PLC LLC AG SA NV GmbH Group
    Holdings KK K.K. SpA S.p.A. AB ASA Oyj BV B.V. N.V. Pty Bhd""".split()
)
# Legal-form words a company's common (canonical) name leaves out ("Du Pont Co", "Allied-Lyons PLC").
LEGAL_SUFFIXES: Final = frozenset(
    """Corp Corp. Inc Inc. Ltd Ltd. Limited Incorporated Co Co. Plc plc PLC LLC AG SA S.A. NV N.V. BV B.V.
    GmbH Group KK K.K. SpA S.p.A. AB ASA Oyj Pty Bhd""".split()
)
# Titles written abbreviated with a period ("Sen. John Doe"; the tokenizer splits off the period).
# The plurals ("Sens. Ted Cruz and Marco Rubio", "Govs.", "Reps.") open a list of names the same way.
ABBREVIATED_TITLES: Final = frozenset(
    """Mr Mrs Ms Dr Prof Gen Col Lt Maj Capt Cmdr Adm Sgt Sen Rep Gov Pres Rev Brig Supt Insp
    Sens Reps Govs""".split()
)
# Lower-case roles that announce a person ("deputy Viktor Vodolatsky", "striker Alan Shearer").
ROLES: Final = frozenset(
    """
    deputy minister president spokesman spokeswoman spokesperson leader chief chairman chairwoman
    secretary ambassador envoy senator lawmaker legislator official commander general colonel
    governor mayor coach manager striker midfielder defender goalkeeper captain player batsman bowler
    analyst economist director executive founder journalist correspondent reporter editor writer
    author actor actress singer judge prosecutor lawyer attorney prime premier king queen prince
    pope sheikh cleric activist dissident candidate rival opponent champion winner partner
    colleague counterpart successor predecessor husband wife son daughter brother sister father
    mother uncle nephew veteran teammate compatriot rider driver skier seed professor doctor
    militant negotiator mediator adviser advisor aide chancellor
    star rapper artist presenter comedian musician guitarist drummer frontman novelist poet playwright
    composer dancer boxer golfer sprinter boss finalist semi-finalist quarter-finalist
    """.split()
)
# Lower-case nouns that announce an organisation ("the news weekly Der Spiegel", "carmaker Magna").
ORG_DESCRIPTORS: Final = frozenset(
    """
    newspaper daily weekly magazine tabloid broadcaster network agency company firm carmaker automaker
    insurer retailer brewer airline bank lender conglomerate group club side team outfit
    manufacturer maker supplier operator distributor publisher chain subsidiary unit
    party union federation giant consultancy pollster bookmaker""".split()
)
# Plural nouns before a name that announce an organisation too ("analysts Gartner", "Australian
# brewers Castlemaine Toohey"): not after the name, where "X, the analysts ..." is no apposition.
ORG_PLURAL_DESCRIPTORS: Final = frozenset(
    """newspapers magazines broadcasters agencies companies firms carmakers automakers insurers retailers
    brewers airlines banks lenders conglomerates manufacturers makers suppliers operators distributors
    publishers analysts consultants researchers pollsters bookmakers""".split()
)
# Sports roles after a team's name ("Warwickshire captain Tim Munton", "Norwich striker Keith O'Neill").
TEAM_ROLES: Final = frozenset(
    """manager captain coach skipper striker playmaker midfielder defender goalkeeper keeper forward
    winger owner batsman bowler all-rounder quarterback pitcher outfielder infielder catcher
    team-mate teammate boss centre fly-half scrum-half full-back fullback flanker hooker prop lock wing
    wicketkeeper""".split()
)
# Nouns of a side a club's name stands in apposition after ("rivals Gloucester", "leaders Chelsea").
TEAM_NOUNS: Final = frozenset(
    """rivals arch-rivals champions club side leaders outfit neighbours opponents holders strugglers
    first-placed second-placed third-placed fourth-placed fifth-placed top-placed bottom-placed
    last-placed first-place second-place third-place""".split()
)
# Team roles that after a possessive are a person's ("North's boss", "Shanklin's wing berth").
POSSESSED_ROLES: Final = frozenset(
    "boss centre fly-half scrum-half full-back fullback flanker hooker prop lock wing".split()
)
# A plural verb after a name that opens its clause makes it a team, a band or a company, as British
# English writes them ("Chelsea were reported", "Birmingham have confirmed", "Korn have enjoyed").
PLURAL_VERBS: Final = frozenset(["are", "were", "have"])
# Marks that may stand before a clause's first word (a quotation's opening).
CLAUSE_MARKS: Final = frozenset(['"', "“", "‘", "'", "("])
# Conjunctions and wh-words that open a clause: the name after one opens its clause as the subject
# ("why Newcastle are languishing", "but Arsenal have won"), so a plural verb after it makes a team.
CLAUSE_OPENERS: Final = frozenset(
    """why when while whereas but if because since although though that how where whether
    after before until unless so""".split()
)
# Nouns after "<name>'s" that only an organisation has ("IBM's chief executive", "Sony's shares").
ORG_POSSESSIONS: Final = frozenset(
    """chief chairman chairwoman shares shareholders stock board subsidiary subsidiaries unit units
    profit profits revenue revenues earnings sales headquarters stake takeover bid merger chief-executive
    ceo output turnover plant plants factory factories customers""".split()
)
# Words before "of" or "in" that make the name after them an organisation ("shares of Du Pont").
ORG_BEFORE_OF: Final = frozenset(
    "shares stake stock subsidiary unit units shareholders acquisition takeover".split()
)
# Last words of organisation names.
ORG_HEADS: Final = frozenset(
    """
    Ministry Agency Council Front Brigade Brigades Army Party Bank Union Federation Association
    Committee Commission Organisation Organization Office Department Institute University College
    School Corporation Corp Corp. Inc Inc. Ltd Ltd. Co Co. Plc plc PLC LLC AG SA NV GmbH Group Holdings
    Company Limited Incorporated Airlines Airways Aviation Aerospace Motors Industries Systems Technologies
    Bancorp
    Securities Exchange Consortium Records Studios Pictures Entertainment
    Fund Foundation Trust Society Movement Alliance Coalition Forces Force Guard Guards Police Service
    Services Authority Board Court Parliament Assembly Senate Congress Cabinet Government Administration
    Network News Times Post Journal Herald Tribune Gazette Telegraph Press Television TV Radio Club
    Bureau Centre Center Church Hospital League Ministries Petroleum Oil Energy Telecom Airline
    Insurance Capital Partners Investments Media Communications Electric Steel Chemicals Pharmaceuticals
    Brothers Bros Bros. Unit Units Battalion Regiment Division Corps Militia Directorate Command
    Institution Observatory Cooperation Council Tribunal Daily Weekly Zeitung Standard Monitor Observer
    Chronicle Courier Mirror Review Magazine Medical Controls Power Electronics Resources Mining Foods
    Brands Stores Semiconductor Software Microsystems Networks Laboratories Healthcare Logistics Treasury
    Navy Marines Assn KK K.K. SpA S.p.A. AB ASA Oyj BV B.V. N.V. Pty Bhd FC AFC RFC RUFC RLFC
    Research Labs Devices Wireless Analytics Economics Consulting Associates Ventures Finanziaria Newsroom
    """.split()
)
EVENT_HEADS: Final = frozenset(
    """
    Open Cup Championship Championships Games Olympics Olympiad Prix Tournament Trophy Masters Classic
    Series Tour Rally Marathon Festival Summit Conference War Revolution Accords Accord Talks Process Forum
    Sevens Indoors Tri-Nations Paralympics Awards Slam Tsunami
    """.split()
)
# Last words of place and facility names ("Taksim Square", "Kansai International Airport").
LOC_HEADS: Final = frozenset(
    """Square Street Avenue Road Boulevard River Mountains Mountain Lake Sea Ocean Island Islands Valley
    Desert Strait Bay Peninsula Plain Plains Heights Hills Coast Gulf Canal""".split()
)
FACILITY_HEADS: Final = frozenset(
    """Airport Stadium Bridge Prison Palace Mosque Cathedral Tower Dam Base Airbase Port Harbour Harbor
    Hotel Museum Arena Camp Crossing Theatre Theater""".split()
)
# Words that join capitalized words inside one name.
# Honorifics before a particle and a surname ("Mr van Gogh", "Mr de Vabres"): the particle opens the
# surname, which the chunker, stopping at the lower-case particle, leaves out.
SURNAME_HONORIFICS: Final = frozenset("Mr Mrs Ms Miss Dr Sir Lord Lady Baron Baroness Prof Professor".split())
NAME_PARTICLES: Final = frozenset(
    "al el bin ibn bint de da di del della der den van von la le du dos das ben abu".split()
)
# First words of Arabic names that open place names as often as people's ("Abu Kamal", "Abu Bakr").
# "Al" and "El" are also the Arabic article ("Al Hishah", "El Mina"), and open places as often.
WEAK_FIRST_NAMES: Final = frozenset("Abu Umm Ibn Bin Al El".split())
ORG_CONNECTORS: Final = frozenset(["of", "for", "on", "&"])
# Capitalized words that never start or form a name by themselves.
STOP_CAPS: Final = frozenset(
    """
    The A An He She It They We I You His Her Its Their Our My This That These Those There Here
    In On At By For From To Of With Without Into Over Under After Before During Since Until While
    When Where Why How What Who Which And But Or Nor Yet So If As Than Then Also Not No Yes
    Mr Mrs Ms Dr Monday Tuesday Wednesday Thursday Friday Saturday Sunday
    January February March April May June July August September October November December
    Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec Mon Tue Wed Thu Fri Sat Sun
    Today Tomorrow Yesterday Meanwhile However Moreover Although Though Despite According Some Many
    Most All Both Each Every Other Such Another One Two Three Four Five Six Seven Eight Nine Ten
    First Second Third Last Next Old Read More Click Photo Video Image Copyright
    """.split()
)
# Function words: capitalized in the middle of a sentence only in a Title Case headline.
FUNCTION_WORDS: Final = frozenset(
    """a an the to of in on at by for from with as is are was were be been being will would could should
    may might can must has have had do does did not no and or but if than then into over under after
    before about against between up down out off its it this that these those""".split()
)
# Upper-case abbreviations that name no entity.
NON_ENTITY_ACRONYMS: Final = frozenset(
    """GDP GNP CPI CEO CFO COO IPO TV PC AM PM GMT EST EDT CET UTC USD EUR OK DNA HIV VAT SMS PDF URL FAQ
    MP MPs MEP MEPs MSP MSPs AM AMs ID PhD UK's AIDS SUV SUVs CD CDs DVD DVDs PR HQ AGM
    GPRS MMS WAP GSM UMTS HD HDTV DVR DVRs PVR PVRs LCD ADSL DSL VoIP Voip WiMax Wimax Wi-Fi WiFi
    Bluetooth XML HTML DRM USB RFID GPS MP3 MP4 M0 M1 M2 M3 M4 A4 H1 H2 Q1 Q2 Q3 Q4""".split()
)
# Last words of the names of laws, bills, treaties and plans, which the guidelines do not annotate
# ("Data Protection Act", "Anti-Terrorism Bill", "Kyoto Protocol", "Marshall Plan").
LAW_HEADS: Final = frozenset("Act Bill Treaty Protocol Plan Directive Agreement".split())
# Holidays and days named in the plural: the guidelines annotate no holiday ("Christmas", "New Year").
HOLIDAYS: Final = frozenset(
    """Christmas Christmases Easter Thanksgiving Ramadan Hanukkah Diwali Passover Lent Eid
    Mondays Tuesdays Wednesdays Thursdays Fridays Saturdays Sundays""".split()
) | frozenset(
    [
        "Christmas Day",
        "Christmas Eve",
        "New Year",
        "New Year's Day",
        "New Year's Eve",
        "Boxing Day",
        "Good Friday",
        "Easter Sunday",
        "Easter Monday",
        "Valentine's Day",
        "Eid al-Fitr",
        "Eid al-Adha",
        # public days named for what they mark (typed ORG or PERSON by their head "Day" before)
        "Labor Day",
        "Labour Day",
        "Memorial Day",
        "Veterans Day",
        "Veterans' Day",
        "Columbus Day",
        "Presidents Day",
        "Presidents' Day",
        "Bastille Day",
        "Anzac Day",
        "Armistice Day",
        "Remembrance Day",
        "Remembrance Sunday",
        "Mother's Day",
        "Father's Day",
        "St Patrick's Day",
        "St. Patrick's Day",
        "Halloween",
        "Hogmanay",
        "Yom Kippur",
        "Rosh Hashanah",
        "Shrove Tuesday",
        "Ash Wednesday",
        "Bonfire Night",
    ]
)
# Verbs that make the preceding name an acting (often metonymic) subject.
SUBJECT_VERBS: Final = frozenset(
    """
    said says say told tells warned warns accused accuses denied denies insisted insists rejected
    rejects demanded demands claimed claims urged urges called calls wants wanted announced announces
    condemned condemns backed backs supports supported agreed agrees signed signs refused refuses
    threatened threatens responded responds vowed vows pledged pledges blamed blames has have had is
    was will would could should may might must can did does plans planned hopes hoped expects expected
    added adds stressed stresses noted notes argued argues believes believed sent sends launched
    launches asked asks blames blamed insisted""".split()
)
# Political and diplomatic acts: a capital doing them stands for its state ("Washington imposed
# sanctions", "Paris recalled its ambassador", "Moscow will retaliate", "Beijing to impose tariffs").
# Past and third-person forms follow the subject directly; base forms only after "to" or an auxiliary
# (plural nouns such as "protests", "sanctions", "demands" are left out: "Moscow protests drew ...").
POLITICAL_PAST: Final = frozenset(
    """
    imposed sanctioned accused warned demanded rejected condemned recognised recognized recalled expelled
    denounced criticised criticized summoned vetoed retaliated threatened protested urged pressed
    pressured blamed banned boycotted annexed invaded ratified suspended severed endorsed welcomed
    denied dismissed opposed deployed rebuked snubbed""".split()
)
POLITICAL_PRESENT: Final = frozenset(
    """
    imposes accuses warns rejects condemns recognises recognizes expels denounces criticises criticizes
    retaliates threatens urges blames annexes invades ratifies suspends severs endorses welcomes denies
    dismisses opposes deploys rebukes snubs""".split()
)
POLITICAL_BASE: Final = frozenset(
    """
    impose sanction accuse warn demand reject condemn recognise recognize recall expel denounce criticise
    criticize summon veto retaliate threaten protest urge press pressure blame ban boycott annex invade
    ratify suspend sever endorse welcome deny dismiss oppose deploy rebuke snub""".split()
)
# Verbs whose object, a capital right after them, is the state ("urged Washington", "demanded Moscow
# withdraw", "recognised Kiev").
POLITICAL_OBJECT_VERBS: Final = frozenset(
    """
    urged urges accused accuses criticised criticized criticises criticizes condemned condemns pressed
    blamed blames warned warns sanctioned told asked demanded demands recognised recognized recognises
    recognizes rebuked snubbed pressured""".split()
)
SAYING_VERBS: Final = frozenset(
    """
    said says told tells added adds stated states explained explains noted notes insisted insists
    argued argues wrote writes asked asks replied replies commented comments admitted admits
    recalled recalls""".split()
)
# Nouns after a place name that make it the subdivision ("Idlib province").
SUBDIVISION_WORDS: Final = frozenset(
    "province governorate region state oblast county district prefecture canton department".split()
)
# Nouns that announce a place name after "of" ("the province of Yunnan", "the village of Mahala").
PLACE_NOUNS: Final = frozenset(
    """province provinces governorate region county district prefecture city town village villages
    island islands port suburb outskirts municipality republic kingdom emirate oblast canton township
    hamlet enclave""".split()
)
# Lower-case nouns after a name that make it a place in conflict notes and news ("the Saraqab
# front", "Ein Issa area", "the Saadnayel highway", "Suqutra island", "the Shufat neighbourhood").
PLACE_AFTER: Final = frozenset(
    """city town village villages countryside area front frontline frontlines neighbourhood neighborhood
    island highway road sector crossing airbase suburb outskirts subdistrict municipality""".split()
)
# Words that open place names, not people's (Arabic, Hebrew and Turkic toponymic heads: village,
# hill, spring, monastery, inn, house, mountain, valley, cape, well, castle, bridge, river).
PLACE_OPENERS: Final = frozenset(
    """Kafr Kfar Tal Tall Tell Ein Ain Deir Dayr Khan Beit Bayt Jabal Jebel Wadi Ras Bir Qasr Maaret
    Maarat Maarrat Ma'arrat Ma'arat Qalaat Qalat Jisr Nahr Hay Hayy Kiryat Givat Kafar""".split()
)
# Words that open the names of natural places, no person's ("Mount Everest", "Lake Victoria", "Loch
# Lomond", "River Thames", "Cape Horn"): a place (LOC) whatever words follow.
LOC_OPENERS: Final = frozenset("Mount Mt Lake Loch River Cape Isle".split())
# Capitalized administrative words around a place's own name, no part of it ("Kumarkhali Upazila",
# "Paletwa Town", "Gadabay Region", "Barangay Dolos"): the name alone is the place.
PLACE_TYPE_SUFFIXES: Final = frozenset(
    "Upazila Town Township Municipality LGA Tehsil Subdistrict District Region Governorate Province".split()
)
PLACE_TYPE_PREFIXES: Final = frozenset("Barangay Barangays".split())
# Prepositions before a place ("in Idlib", "near Hama").
PLACE_PREPOSITIONS: Final = frozenset(
    "in at near from to into outside across around toward towards via".split()
)
# Direction words that may open a place name ("Northern Syria" stays the country).
DIRECTIONS: Final = frozenset(
    """North South East West Northern Southern Eastern Western Central Northeast Northwest Southeast
    Southwest Northeastern Northwestern Southeastern Southwestern Upper Lower Greater""".split()
)
