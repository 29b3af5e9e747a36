"""Which run of a dump is the story (`textdump.parts`, `textdump.named`), on hand-built dumps."""

from __future__ import annotations

from declutter.options import DEFAULT
from declutter.textdump import extract_dump

INDENT = " " * 8


def _text(dump: str, url: str | None = None) -> str:
    # the template's lines are indented, the paragraphs put into it are not
    lines = (line.removeprefix(INDENT) for line in dump.splitlines())
    _, blocks = extract_dump("\n".join(lines), url=url, options=DEFAULT)
    return "\n".join(b.text for b in blocks if b.kept)


#: Story cards of a "Most Recent" box: headline, place, a blurb of two sentences.
CARDS = [
    (
        "Bakery on the corner closes its doors after sixty years",
        "Harbourside",
        "The owners said the rising rent of the shop had left them with no other choice but "
        "to close. We will miss our customers, many of whom we have known since they were "
        "children, they said.",
    ),
    (
        "Ferry timetable cut for the winter months",
        "Travel",
        "Two of the four daily crossings to the island will stop from December until the end "
        "of March. The operator said fewer people travel in winter and the boats need work "
        "before the summer.",
    ),
    (
        "School choir wins the regional contest",
        "Schools",
        "Forty pupils sang three songs in the final and the judges praised their work on the "
        "harmonies. The choir will now sing at the national final in the capital in the spring.",
    ),
    (
        "Road by the quay closed for repairs",
        "Traffic",
        "Drivers are told to use the ring road while workers mend the sea wall and lay a new "
        "surface. The work is due to take three weeks if the weather holds, the council said.",
    ),
    (
        "Library opens on Sundays from next month",
        "Harbourside",
        "The council found the money for a trial of six months after more than a thousand "
        "people asked. The doors will open at ten and close at four, with a reading hour at noon.",
    ),
]

#: A cookie consent notice printed at the page's end: longer prose than a short report.
COOKIES = [
    "We use technologies such as cookies to store and read device information. Consent to "
    "these technologies lets us process data such as browsing behaviour or unique IDs on "
    "this site. Not giving or withdrawing consent can affect certain features and functions.",
    "The technical storage or access is strictly necessary for the lawful purpose of enabling "
    "the use of a particular service explicitly requested by the subscriber or user, or for "
    "the sole purpose of carrying out the transmission of a message over a network.",
    "The technical storage or access that is used exclusively for statistical purposes. "
    "Without a subpoena, voluntary compliance by your internet service provider, or "
    "additional records from a third party, information stored or retrieved for this "
    "purpose alone cannot usually be used to identify you.",
    "The technical storage or access is required to create user profiles to send "
    "advertising, or to track the user on a website or across several websites for "
    "similar marketing purposes.",
]

REPORT = [
    "On Tuesday night at about 11.40 pm two men tried to break into a house in Northgate Street.",
    "According to the police the owner's dog barked loudly at that time and the two men ran "
    "off towards the station without taking anything.",
    "A search of the area by two patrol cars and a dog team found no trace of the two men, "
    "who are thought to be in their twenties.",
    "The police have opened an investigation and ask witnesses to call them.",
]


def dog_page() -> tuple[str, str]:
    """A short report under a headline the URL names; a cookie notice at the page's end."""
    menu = "\n".join(f"  • Section {n}" for n in range(1, 25))
    cookies = "\n\n".join(COOKIES)
    report = "\n\n".join(REPORT)
    return (
        f"""\
        Valley Press
        1 November 2023

        independent and free

        {menu}

        Police

        Dog chases off burglars

        Valley Press 1 November 20231 November 2023 Northgate, Police

        {report}

        Notice on this report

        Emergency numbers

        {menu}

        Manage cookie consent

        {cookies}

        Accept Deny Show settings
        """,
        "https://valleypress.example/2023/11/01/dog-chases-off-burglars/",
    )


def test_named_story_beats_a_cookie_notice_the_header_run_spills_into() -> None:
    text = _text(*dog_page())
    assert text.startswith("On Tuesday night at about 11.40 pm")
    assert "ask witnesses to call them." in text
    assert "cookies" not in text and "technical storage" not in text


CRASH = [
    "A PEDESTRIAN suffered serious injuries in a town centre crash.",
    "The woman was walking along Mill Street shortly after noon on Friday when she was hit.",
    "Police attended the scene and arrested a man suspected of driving under the influence.",
    "The woman was taken to the county hospital for treatment of her injuries.",
    "A police spokesman said her injuries were serious but not thought to be life changing.",
    "Anyone who saw the collision is asked to contact police online or by calling 101.",
]


def test_comment_count_in_the_header_does_not_turn_the_story_into_comments() -> None:
    teasers = "\n\n".join(
        f"{title}\n\nThe council said on Monday that the work would start next spring {n}."
        for n, title in enumerate(("New bus lane for the seafront", "Pier reopens"), 1)
    )
    crash = "\n\n".join(CRASH)
    text = _text(
        f"""\
          • News
          • Sport
          • What's On

        The Courier

        Latest

        {teasers}

        Woman hurt after being hit by car in Mill Street

        [photo]
        By Sam Reed Reporter
        Mill Street in the town centre

        0 comments

        {crash}

        0 comments

        House Rules

        We do not moderate comments, but we expect readers to follow certain rules.

        Sign in or register to leave a comment
        """
    )
    assert "A PEDESTRIAN suffered serious injuries" in text and "calling 101." in text
    assert "House Rules" not in text and "moderate comments" not in text


def test_header_run_stops_at_the_copyright_line_under_the_story() -> None:
    menu = "\n".join(f"  • League {n}\n  • Results\n  • Table" for n in range(1, 9))
    latest = "\n\n".join(
        f"{hour}:{minute:02d}\n\n{title}"
        for hour, minute, title in (
            (20, 49, "Striker stays at the club for two more years"),
            (20, 32, "New chairman for the breeders' association"),
            (17, 8, "Museums free on Sunday in the old town"),
            (16, 7, "Bus lines change for the summer months"),
            (15, 59, "Zero new cases in the region on Tuesday"),
            (14, 51, "Squatters cleared from the old market halls"),
            (14, 48, "Teenager hurt by a car on a crossing"),
            (14, 40, "Heat warning for the whole weekend"),
        )
    )
    text = _text(
        f"""\
        {menu}

        NEWS AGENCY
        Sport
        Football
        Referees named for the last round of the season

        Referees named for the last round of the season

        Dean takes the derby, Moss the game at the top of the table

        © AGENCY

        +CLICK TO ENLARGE
        Agency desk LONDON
        28 July 202010:43 News

        Suggest
          • Facebook
          • Twitter
          • Print

        (AGENCY) - LONDON, 28 JUL - Dean will referee the derby on Saturday, while Moss \
        takes the game at the top of the table, the league said on Tuesday. Taylor has \
        the cup holders' last home game and Oliver goes north for the game between the \
        two promoted sides.

        REPRODUCTION RESERVED © Copyright AGENCY

        Share
          • Facebook
          • Twitter

        Agency video

        {latest}
        """
    )
    assert text.startswith("(AGENCY) - LONDON, 28 JUL")
    assert "Striker stays" not in text and "20:49" not in text


SKIM_LEAD = [
    "Stuff",
    "Generic police car",
    "Three men have been charged after an inquiry into card skimming at a city car park.",
    "Last Thursday officers found a man using a copied card at a shop in the north of town.",
    "A 26-year-old man was arrested and charged, officers said.",
    "The next morning officers searched two houses and found devices and blank cards there.",
]
SKIM_REST = [
    "Two more men, aged 33 and 50, were charged after the searches of the two addresses.",
    "Detective Sergeant Ann Hale said the copied numbers had been taken from pay machines "
    "at the car park over several weeks in the spring.",
    "In general we advise drivers to check a pay machine for loose parts before they use "
    "it, and to cover the keypad with a hand while typing a number.",
    "Tapping a phone or a contactless card to pay was another way to keep a number safe, "
    "Hale said, and banks would refund losses reported quickly.",
    "If you see anything odd on a machine, do not use it and tell the owner of the car "
    "park or call the number printed on the back of your card.",
    "All three men will appear in the district court next month.",
]


def test_short_story_goes_on_under_a_read_more_box() -> None:
    lead = "\n\n".join(SKIM_LEAD)
    rest = "\n\n".join(SKIM_REST)
    text = _text(
        f"""\
          • National
          • Crime

        Three men charged over card skimming at car park

        Jo Marsh15:35, Oct 29 2020

          • Facebook
          • Twitter

        {lead}

        READ MORE:
          • Skimmers jailed after courier driver tipped off customs
          • Man charged after skimming at city petrol stations
          • Burglar still at large after string of thefts from cars

        {rest}

          • Facebook
          • Twitter
        """
    )
    assert "Three men have been charged" in text
    assert "in the district court next month." in text
    assert "Skimmers jailed" not in text


#: A one-paragraph police report, shorter than any card's blurb below it run together.
THEFT = (
    "On Monday between 8 pm and 10 pm unknown persons broke into a garden shed in Elm Road "
    "and stole two bicycles and a lawn mower. The police ask anyone who saw something in "
    "the area on that evening to call the station in the market square. The damage to the "
    "shed's door is put at about two hundred euros."
)


def theft_page() -> str:
    """A one-paragraph report under its headline + date; a list of dated cards below it."""
    cards = "".join(
        f"""
          • 1{n}.03.2021 – 1{n}:0{n}

        {title}

        {blurb}

        more
        """
        for n, (title, _, blurb) in enumerate(CARDS)
    )
    menu = "\n".join(f"  • Section {n}" for n in range(1, 20))
    return f"""\
        Police News

        {menu}

        Follow
        Never miss a report from Eastport Police.

        Eastport: garden shed broken into

        16.03.2021 – 14:49

        Eastport Police

        Eastport (pn)

        {THEFT}

        Questions to:

        Eastport Police
        Press office

        More reports: Eastport Police
        {cards}

          • Imprint
          • Contact
        """


def test_one_paragraph_report_beats_a_box_of_dated_cards_below_it() -> None:
    text = _text(theft_page())
    assert "broke into a garden shed" in text
    assert "Bakery on the corner" not in text and "Ferry timetable" not in text


#: A blog's sidebar: the author's note about the blog, longer than a one-paragraph post.
ABOUT = [
    "I started this diary in the winter of 2009 to keep notes on the films I saw at the small "
    "cinema in our town, and over the years it has grown into a record of nearly everything "
    "I have watched, good and bad, old and new, at home and in the cinema.",
    "Most posts are short: a few lines on a film, a still, sometimes a link to an interview "
    "with the people who made it. Longer essays come now and then, when a film stays with me "
    "for weeks and I need to write my way out of it. Thank you for reading along.",
]


def test_one_paragraph_post_under_its_named_headline_beats_a_sidebar_note_below_it() -> None:
    post = (
        "A nearly wordless film that cuts between two stories: a man tends his garden by the "
        "sea while a couple is hounded through the streets by men in uniform. Shot on video "
        "and film over one summer, it is less a story than a diary of the year, and the most "
        "personal of the director's films."
    )
    page = f"""\
        Film Diary
        Skip to content

          • Home
          • About

        ← The previous post
        The next post →
        17 January 2014 · 02:16

        The Seaside Garden

        {post}

        Share this:

        Facebook
        Twitter

        Related posts

        Filed under Films
        Tagged with The Seaside Garden

        About this diary

        {ABOUT[0]}

        {ABOUT[1]}

          • Archive
          • Contact
        """
    text = _text(page, "https://filmdiary.example/2014/01/17/the-seaside-garden/")
    assert text.startswith("A nearly wordless film")
    assert "I started this diary" not in text


#: Entries of a live blog: a time, a title, the entry's text (an entry may be a score line).
MORE = (
    " The crowd stayed on long after the last ball to sing, and the players walked a lap of the "
    "ground to thank them before the captain spoke to the press in the tent by the pavilion."
)
ENTRIES = [
    ("21:06", "It's a wrap!", "That's it from the ground tonight. The hosts are through." + MORE),
    ("20:51", "Player of the match", "The opener gets the award for five wickets." + MORE),
    ("20:39", "Into the semi-finals", "The win ensures a place in the last four." + MORE),
    ("20:36", "OUT!", "Score 49/9"),
    ("20:28", "Five for the opener", "The visitors are in deep trouble." + MORE),
    ("20:19", "FOUR!", "The small group of visiting fans cheered loudly." + MORE),
]


def test_live_blog_entries_below_a_short_entry_stay_in_the_story() -> None:
    entries = "".join(
        f"""
        {time} (IST)
        {title}
        {text}
        facebook
        twitter
        Share Link
        """
        for time, title, text in ENTRIES
    )
    page = f"""\
        Sports Desk

          • Cricket
          • Football

        Live: home side crush visitors to reach the semi-finals

        {entries}

        Trending

          • Transfer news
          • Fixtures
        """
    text = _text(page)
    assert "That's it from the ground tonight." in text
    assert "in deep trouble." in text and "visiting fans cheered loudly." in text
    assert "Transfer news" not in text


def test_teasers_printed_twice_count_their_words_once() -> None:
    story = "\n\n".join([*REPORT, THEFT])
    teasers = "\n".join(f"{title} in {place} {title} in {place}" for title, place, _ in CARDS * 2)
    page = f"""\
        Valley Press

          • News
          • Sport

        Burglars run off when a dog barks

        {story}

        Share this report:

        Other hot topics

        {teasers}

        More ...
        """
    text = _text(page)
    assert text.startswith("On Tuesday night at about 11.40 pm")
    assert "Bakery on the corner" not in text


#: A report on the town's ferry; the box below it holds other ferry stories' cards.
FERRY = [
    "The ferry to the island will run only twice a day from December, the operator said on "
    "Monday, after a winter of breakdowns left the two older boats in the yard for weeks.",
    "Island families said the cut would make it hard to reach the school and the clinic on "
    "the mainland, and asked the council to pay for a third crossing in the morning.",
    "The operator said the ferry timetable would be looked at again in March, when the new "
    "boat is due to arrive from the yard and the older boats have had their engines mended.",
    "The council said it would meet the operator and the island families next week to talk "
    "about the ferry, the timetable and the money for a morning crossing to the mainland.",
    "Shop owners on the island fear that fewer visitors will come over in the winter months, "
    "when the last boat back to the mainland will leave at four in the afternoon, and said "
    "some of them may close their doors until the spring.",
    "The doctor who holds a surgery on the island twice a week said she would come over on "
    "the first boat and leave on the last one, and asked patients to book ahead so that no "
    "one is left waiting when the boat has to leave.",
    "A meeting for everyone on the island will be held in the school hall on Friday evening, "
    "where the operator will explain the new timetable and answer questions from families.",
]


def test_a_story_signed_off_above_a_section_heading_ends_there() -> None:
    story = "\n\n".join(FERRY[:4])
    cards = "".join(
        f"""
        {blurb}

        {place} - {title}

        {blurb}

        1{n}:42
        """
        for n, (title, place, blurb) in enumerate(CARDS[::2][:2])
    )
    text = _text(
        f"""\
          • News
          • Local

        Ferry to the island cut to two crossings a day

        {story}

        By Jo Marsh

        Subscribe to our newsletter

        More from Harbourside
        {cards}

          • Imprint
          • Contact
        """
    )
    assert "the money for a morning crossing" in text
    assert "Bakery on the corner" not in text
    assert "Forty pupils sang" not in text
