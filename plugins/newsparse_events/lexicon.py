"""Word lists of the ``events`` layer: role triggers, victim nouns, words linking a toll to its figure."""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType

__all__ = [
    "ACTOR_GAP_WORDS",
    "ACTOR_NOUNS",
    "ANAPHORIC_FIGURES",
    "ASIDE_OPENERS",
    "ATTEMPT_WORDS",
    "BACKGROUND_CUES",
    "BACKGROUND_HEADS",
    "BACKGROUND_LINKS",
    "BE_AUXILIARIES",
    "CONTRAST_MARKERS",
    "CUMULATIVE_CUES",
    "DETERMINERS",
    "ELISION_GAPS",
    "FOUND_WORDS",
    "GENERIC_VICTIMS",
    "GROUP_NOUNS",
    "GROUP_SYNONYMS",
    "HARD_BREAKS",
    "INSTRUMENTS",
    "JUDGING_CUES",
    "KINDS",
    "KIN_HEADS",
    "LINE_BREAKS",
    "MODALS",
    "NON_VICTIMS",
    "NOT_LINKING",
    "NOT_PERSONS",
    "OBJECT_PREFIXES",
    "OBJECT_PRONOUNS",
    "PAIR_NOUNS",
    "PERSON_SUFFIXES",
    "PLACE_PREPOSITIONS",
    "POSSESSIVES",
    "PRIOR_ACTS",
    "SINGLE_DETERMINERS",
    "SINGULAR_VICTIMS",
    "SKIP_BEFORE_TRIGGER",
    "SUBJECT_PRONOUNS",
    "TEMPORAL_SUBORDINATORS",
    "TOLL_LINKS",
    "TOLL_VERBS",
    "TRIGGERS",
    "VICTIM_NOUNS",
    "VIOLENCE_WORDS",
]

# trigger words (lower case, as tokens) -> (role, form). Forms:
#   verb: the count is its subject ("211 civilians were killed") or its object ("killing 12 people");
#   noun: the count comes right before ("dozens of casualties", "5,000 refugees");
#   toll: the count follows a linking verb ("the death toll is closer to 10,000").
_TABLE = MappingProxyType(
    {
        "killed": """
        verb: killed | killing | kills | kill | died | die | dies | perished | slain | murdered |
              massacred | executed | shot dead | dead | lost their lives | lost his life | lost her life |
              lost their life | lose their lives | losing their lives | assassinated | lynched | beheaded |
              shooting dead |
              gunned down | shot to death | stabbed to death | beaten to death | burned to death |
              burnt to death | hacked to death | stoned to death | tortured to death | clubbed to death |
              bludgeoned to death | hanged to death | crushed to death | trampled to death | kicked to death |
              strangled to death | choked to death | killing of |
              murder of | assassination of |
              fatally shot | fatally stabbed | fatally wounded | fatally injured | fatally assaulted |
              fatally beaten | fatally attacked | claimed | claiming
        noun: deaths | fatalities | fatality | bodies | death | body | corpses | corpse
        toll: death toll | toll | number of dead | number of deaths | fatality toll | the dead |
              among the dead
    """,
        "casualties": """
        verb: killed and injured | killed and wounded | killing and injuring | killing and wounding |
              killed or injured | killed or wounded | killing or injuring | killing or wounding |
              killed , injured or captured | killed , wounded or captured | killed , wounded or arrested
        noun: casualties
        toll: casualty toll | number of casualties
    """,
        "wounded": """
        verb: wounded | wounding | injured | injuring | hurt | maimed
        noun: injuries | injury
        toll: number of wounded | number of injured
    """,
        "missing": """
        verb: missing | unaccounted for
    """,
        "displaced": """
        verb: displaced | displacing | fled | flee | forced to flee | leave their homes | left their homes |
              forced from their homes | driven from their homes | evacuated | uprooted | made homeless
        noun: refugees
    """,
        "arrested": """
        verb: arrested | arresting | detained | detaining | jailed | imprisoned | rounded up |
              taken into custody
        noun: arrests | detentions | detainees
    """,
        "abducted": """
        verb: abducted | abducting | kidnapped | kidnapping | taken hostage
        noun: hostages
    """,
    }
)


def _triggers() -> dict[tuple[str, ...], tuple[str, str]]:
    """The trigger table: each "form: a | b c" line of ``_TABLE`` read into word tuples."""
    table: dict[tuple[str, ...], tuple[str, str]] = {}
    for role, spec in _TABLE.items():
        form = ""
        for line in spec.strip().split("\n"):
            if ":" in line:
                form, _, line = line.partition(":")
                form = form.strip()
            for phrase in line.split("|"):
                key = tuple(phrase.split())
                if key:
                    table[key] = (role, form)
    return table


TRIGGERS: Mapping[tuple[str, ...], tuple[str, str]] = MappingProxyType(_triggers())

# Figures that refer back to the measure just reported: "officials insisted the number was about 35".
# They take the role of the event before them (form "anaphor"), and are never followed by "of".
ANAPHORIC_FIGURES = frozenset(
    tuple(phrase.split())
    for phrase in """
    the number | the figure | the true figure | the real figure | the actual figure | the true number |
    the real number | the actual number | that figure | that number | the tally | the true toll |
    the real toll
    """.replace("\n", " ").split("|")
    if phrase.strip()
)

KINDS = MappingProxyType(
    {
        "killed": "casualty",
        "wounded": "casualty",
        "casualties": "casualty",
        "missing": "casualty",
        "displaced": "displacement",
        "arrested": "arrest",
        "abducted": "abduction",
    }
)

# Between a toll and its figure: "the death toll rose to", "stands at", "is" (+ "closer to 10,000").
TOLL_LINKS = frozenset(
    """
    is was has had have now rose risen climbed climbs rises reached reaches stands stood at to of jumped
    increased hit topped passed stand reportedly already included include includes were are
    """.split()
)

# Verbs that start the link between a toll and its figure after a phrase ("the toll from the quake rose to").
TOLL_VERBS = frozenset(
    "is was rose risen climbed climbs rises reached reaches stands stood jumped increased hit".split()
)

# Noun triggers that name a group rather than a fact: "300 detainees have died" is a death, not an arrest.
GROUP_NOUNS = frozenset({"refugees", "detainees", "hostages"})

# What may stand between two coordinated events that share a victim group.
ELISION_GAPS = frozenset({"and", ",", ", and", "while", "and another", "and a further", "with"})

# Counted nouns that are not victims ("3 villages were hit", "over 100 airstrikes killed ...").
NON_VICTIMS = frozenset(
    """
    airstrikes airstrike strikes attacks raids bombings villages towns cities homes houses buildings hospitals
    schools mosques vehicles cars buses trucks tanks jets aircraft planes helicopters drones bombs rockets
    missiles shells mortars barrels days weeks months years hours minutes times percent kilometers miles
    dollars tons rounds incidents operations positions checkpoints bases explosions blasts shots areas
    districts neighbourhoods neighborhoods provinces regions camps sites livestock cattle cows goats sheep
    camels animals donkeys horses dogs chickens
    """.split()
)

# Victim-group nouns used when the quantities layer gives no counted noun, and for count-less events.
VICTIM_NOUNS = frozenset(
    """
    people persons civilians militants fighters soldiers troops rebels insurgents children women men
    protesters demonstrators migrants policemen officers police residents villagers workers journalists
    students patients pilots members gunmen jihadists terrorists combatants personnel servicemen guards
    worshippers passengers refugees families infants babies teenagers boys girls
    pilot soldier civilian journalist child boy girl man woman officer policeman fighter militant worker
    teacher doctor nurse photographer reporter driver resident guard commander general colonel
    """.split()
)

# Victim nouns that name the same group, mapped to one name (for comparing figures).
GROUP_SYNONYMS = MappingProxyType(
    {
        "troops": "soldiers",
        "servicemen": "soldiers",
        "soldier": "soldiers",
        "fighters": "militants",
        "rebels": "militants",
        "insurgents": "militants",
        "jihadists": "militants",
        "gunmen": "militants",
        "combatants": "militants",
        "militant": "militants",
        "civilian": "civilians",
        "persons": "people",
        "individuals": "people",
    }
)

# Words telling that a second figure disputes the first ("however", "denied", "exaggerated").
CONTRAST_MARKERS = frozenset(
    """
    however but while whereas denied deny denies disputed disputes dismissed rejected contradicted insisted
    insists exaggerated contrary instead only lower higher
    """.split()
)

# Words between an active trigger and its object count: "killed all 176 people", "wounding another 30".
OBJECT_PREFIXES = frozenset("all another some a further".split())

# Between "of" and a victim noun: "20 of their fighters".
POSSESSIVES = frozenset("their its his her our the those these".split())

# Words that open an aside holding a second count: "12 people, including 3 children, were killed".
ASIDE_OPENERS = frozenset("including among".split())

# Victim groups that name no particular group: figures about them may measure the same toll.
GENERIC_VICTIMS = frozenset({"", "people", "persons", "person", "individuals", "lives"})

# Auxiliaries and adverbs between a subject and its trigger ("the pilot was reportedly killed").
SKIP_BEFORE_TRIGGER = frozenset(
    """
    was were is are has have had been being be also reportedly all both later allegedly initially
    confirmed believed feared thought said reported lightly slightly seriously critically badly severely
    gravely moderately mildly fatally mortally
    """.split()
)

PLACE_PREPOSITIONS = frozenset("in on near across at around outside inside from throughout".split())

# Punctuation that separates a count from a trigger in another clause.
HARD_BREAKS = frozenset([";", ":", ".", "!", "?", "—", "–", "(", ")"])

# A sentence opening with these times another event in its first clause ("Since the downing on Saturday,").
TEMPORAL_SUBORDINATORS = frozenset("since after before following until when once".split())

# A form of "be" before a trigger makes it passive: the count before it is the victims'.
BE_AUXILIARIES = frozenset("was were is are been being be get got gets".split())

# Words opening an object noun phrase after an active trigger ("killed a farmer", "killing the man").
DETERMINERS = frozenset(
    "a an the his her their its this that these those one two three several some many".split()
)

# Determiners of one person: "a farmer", "the victim", "his brother".
SINGLE_DETERMINERS = frozenset("a an one the his her their its another this".split())

OBJECT_PRONOUNS = frozenset("him her them".split())
SUBJECT_PRONOUNS = frozenset("he she".split())

# Between a single victim and "dead": "a man was found dead".
FOUND_WORDS = frozenset("found discovered left lying".split())

# Acts told before a killing with the same subject: "a man was shot and killed", "kidnapped and killed".
PRIOR_ACTS = frozenset(
    """
    shot attacked ambushed stabbed beaten beat tortured abducted kidnapped hacked assaulted raped robbed
    captured stoned detained arrested tied mutilated taken seized dragged lynched burned burnt
    """.split()
)

# A killing told as the occasion of the reported act ("protested over the killing of a trader"):
# stems of the words naming such an act, anywhere in the sentence.
BACKGROUND_CUES = (
    "protest",
    "demonstrat",
    "rally",
    "rallie",
    "vigil",
    "march",
    "sit-in",
    "commemorat",
    "mourn",
    "condemn",
    "denounc",
    "demand",
    "justice",
    "riot",
    "retaliat",
    "reveng",
    "aveng",
    "mob",
)
# Prepositions tying that act to the killing: "over", "against", "after", "for".
BACKGROUND_LINKS = frozenset("over against after following for about".split())
# Words before "of"/"to"/"for" that tie a person or act to an earlier killing: "accused of", "in relation to".
BACKGROUND_HEADS = frozenset(
    "accused suspected charged convicted responsible pursuit relation connection response reaction".split()
)
# Before "of": the kin or memory of a victim, told as background of their act ("relatives of a man who died").
KIN_HEADS = frozenset(
    "family families relatives relative friends parents widow widows mother father kin memory honour".split()
)
# Verbs whose "over" is no link: "a vehicle ran over 5 protesters".
NOT_LINKING = frozenset("ran run runs running took taken handed turned".split())

# Before "to <trigger>": an attempt or a threat, not a death ("attempted to kill").
ATTEMPT_WORDS = frozenset(
    """
    attempted attempt attempts attempting tried try tries trying failed fail plot plotted plotting plots
    threatened threaten threatens threatening threat threats sought seek seeking aimed aim intended
    planned planning plan plans wanted vowed conspiracy conspiring bid
    """.split()
)
MODALS = frozenset("could would might may can will shall should".split())

# a singular noun for a group of two people, counted as two victims ("a Dutch couple")
PAIR_NOUNS = frozenset({"couple"})

# Singular nouns that name a person (unnumbered single victims); PERSON_SUFFIXES guess the others.
SINGULAR_VICTIMS = frozenset(
    """
    man woman fan boy girl child baby infant teenager teen youth person individual civilian soldier officer
    policeman policewoman pilot journalist photographer reporter driver resident guard commander general
    colonel captain major lieutenant sergeant chief leader member fighter militant rebel insurgent
    jihadist victim suspect student teacher doctor nurse farmer trader vendor owner herder shepherd
    priest pastor imam cleric monk nun judge lawyer activist politician councillor mayor governor
    official minister businessman businesswoman worker employee agent inmate prisoner detainee
    protester demonstrator migrant refugee villager brother sister son daughter father mother husband
    wife uncle aunt cousin nephew niece relative neighbour neighbor friend musician miner gunman
    policeman constable inspector cadet recruit volunteer guardsman militiaman tribesman elder chieftain
    peasant labourer laborer fisherman hunter merchant shopkeeper teenager toddler student pupil
    marine burglar hostage captive pilgrim tourist civilian sailor airman male female cadre head
    chairperson chairman bodyguard sarpanch fugitive couple guide
    """.split()
)
PERSON_SUFFIXES = ("man", "woman", "er", "or", "ist", "ian", "ant", "ent", "person")
NOT_PERSONS = frozenset(
    """
    number other order power border water quarter matter corner letter paper weather murder fire shooter
    manner center centre computer container motor sector factor error terror horror mirror floor door
    interior exterior monitor tractor reactor river silver tower hour summer winter german human roman
    plan indian iranian syrian italian asian african russian ukrainian brazilian nigerian colombian
    canadian australian egyptian libyan tunisian algerian palestinian jordanian ethiopian haitian
    dozen event incident agreement government department movement parliament statement settlement
    equipment treatment management payment moment element component comment document argument percent
    continent cement segment fragment torment garment giant plant grant warrant restaurant several
    another whether together however either neither further rather after under over later never ever
    """.split()
)

# Weapons and means: the instrument of a killing, never its perpetrator (longest phrases first).
INSTRUMENTS = tuple(
    sorted(
        (
            phrase.strip()
            for phrase in """
            car bomb | suicide car bomb | suicide bomb | suicide bombing | suicide attack | roadside bomb |
            bomb | bombs | bombing | bombings | bomb blast | bomb blasts | blast | blasts | explosion |
            explosions | improvised explosive device | ied | landmine | land mine | mine | grenade |
            grenades | airstrike | airstrikes | air strike | air strikes | air raid | air raids |
            drone strike | drone strikes | shelling | shells | mortar | mortars | mortar fire |
            artillery |
            artillery fire | rocket | rockets | missile | missiles | gunfire | shooting | shootings |
            drive-by shooting | gunshot | gunshots | crossfire | stray bullet | bullet | bullets |
            firearm | firearms | stabbing | knife | machete | machetes | earthquake | quake | tsunami |
            flood | floods | flooding | landslide | cyclone | hurricane | storm | crash | accident | blaze |
            gas leak | stampede | ambush | raid | torture | explosive device | explosives
            """.split("|")
            if phrase.strip()
        ),
        key=lambda phrase: -len(phrase.split()),
    )
)

# Words that make a count a running total rather than one incident ("a war that has killed 250,000").
CUMULATIVE_CUES = frozenset(
    """
    since war conflict insurgency uprising revolution campaign crisis so-far total totals altogether
    overall cumulative to-date civil-war occupation intifada
    """.replace("-", " ").split()
) - {"so", "to", "date", "civil"}

# Heads of an unnamed actor's noun phrase: "three gunmen shot and killed", "killed by unknown assailants".
ACTOR_NOUNS = frozenset(
    """
    gunmen gunman attackers attacker assailants assailant militants militant insurgents insurgent rebels
    fighters jihadists terrorists bombers bomber men man police policemen officers troops soldiers forces
    army military militia militias militiamen gangs gang members mob crowd individuals persons people
    groups group bandits kidnappers raiders herdsmen criminals suspects perpetrators hitmen sniper snipers
    """.split()
)
# Words between an unnamed actor and its active trigger: "gunmen shot and killed", "reportedly killed".
ACTOR_GAP_WORDS = frozenset("and shot reportedly allegedly then later also had have has opened fire".split())

# Words of VIOLENCE_WORDS that name who acts, not an act: "after militants killed 3" names no attack.
ACTOR_WORDS = frozenset("gunmen militants insurgents rebels protesters demonstrators mob".split())

# Words that tell an attack, a clash or a protest: a sentence holding one (or a casualty trigger) can set
# the incident's place of the next sentences.
VIOLENCE_WORDS = frozenset(
    """
    attack attacks attacked attacking fighting fought clash clashes clashed battle battles battled offensive
    stormed raid raids raided ambush ambushed gunfight shootout shoot-out violence violent bomb bombs bombed
    bombing bombings blast blasts explosion explosions exploded shelling shelled airstrike airstrikes
    shot shooting gunfire gunmen militants insurgents rebels riot riots rioting earthquake quake
    tsunami crash accident blaze flood floods cyclone hurricane landslide fired firing opened targeted
    confronted operation raid protest protests protested protesters demonstration demonstrations
    demonstrators demonstrated rally rallies mob looted torched slaying slayings
    """.split()
) | frozenset(phrase for phrase in INSTRUMENTS if " " not in phrase)

# Claim cues that judge, dispute or deny what their content names, and so report no toll of it: "The UN
# condemned the bombing that killed 40" (the guideline's "deplored the bomb blasts which killed" is no
# attribution), "Israel disputes the toll of 30 dead", "the army denied that 30 were killed". Every form
# spelt out; a claim cue is matched word by word (session 38). Accusing and blaming assert who did it
# ("accused Emanuel of covering up ... the murder of": attributed, s23 notes): not here.
JUDGING_CUES = frozenset(
    """
    condemn condemns condemned condemning denounce denounces denounced denouncing
    decry decries decried decrying deplore deplores deplored deploring lament laments lamented lamenting
    bemoan bemoans bemoaned bemoaning mourn mourns mourned mourning
    criticize criticizes criticized criticizing criticise criticises criticised criticising
    rebuke rebukes rebuked rebuking chide chides chided chiding scold scolds scolded scolding
    castigate castigates castigated castigating berate berates berated berating
    lambaste lambastes lambasted lambasting lambast lambasts slam slams slammed slamming
    assail assails assailed assailing excoriate excoriates excoriated excoriating
    ridicule ridicules ridiculed ridiculing mock mocks mocked mocking deride derides derided deriding
    praise praises praised praising hail hails hailed hailing applaud applauds applauded applauding
    commend commends commended commending laud lauds lauded lauding extol extols extolled extolling
    welcome welcomes welcomed welcoming thank thanks thanked thanking defend defends defended defending
    deny denies denied denying dispute disputes disputed disputing reject rejects rejected rejecting
    dismiss dismisses dismissed dismissing refute refutes refuted refuting rebut rebuts rebutted rebutting
    disavow disavows disavowed disavowing repudiate repudiates repudiated repudiating
    downplay downplays downplayed downplaying question questions questioned questioning
    contest contests contested contesting challenge challenges challenged challenging
    """.split()
)

#: every character str.splitlines breaks a line at: a text with CR or U+2028 line endings has
#: paragraphs and headlines too (tests/test_line_endings.py)
LINE_BREAKS = frozenset("\n\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029")
