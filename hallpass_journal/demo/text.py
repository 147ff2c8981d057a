"""Phrase banks for the demo journal (see :mod:`hallpass_journal.demo.generator`).

Everything here is sample text written for the app. Sentences are assembled from
fragments so a large demo journal still has varied wording for full-text search. The
tone is calm and plain; nothing is explicit.
"""

from __future__ import annotations

# -- everyday life ------------------------------------------------------------------------

DAILY: tuple[str, ...] = (
    "Work ran long today and I got home tired.",
    "We cooked dinner together; the kitchen smelled of garlic and lemon.",
    "I took the long way home along the canal.",
    "Spent most of the afternoon sorting out the spare room.",
    "Rain all day, so we stayed in and read on the sofa.",
    "Had coffee with Jo and talked about nothing much, which was lovely.",
    "Alex was at a conference until late.",
    "I went to the early yoga class and moved slowly for the rest of the morning.",
    "We walked to the Saturday market and bought far too many tomatoes.",
    "The week has been full of small errands and forms.",
    "I finished the novel I had been carrying around for a month.",
    "My sister phoned and we talked for an hour about her new flat.",
    "A long day of meetings; my head was buzzing by five.",
    "We watched an old black-and-white film under one blanket.",
    "I planted basil seedlings on the balcony.",
    "Alex made pancakes without being asked.",
    "A quiet evening with candles and a record playing.",
    "The bus was late and I waited twenty minutes in the cold.",
    "I cycled to work for the first time this season.",
    "We had lunch with Alex's parents.",
    "I slept badly because the neighbours had friends over.",
    "A good run round the park; heavy legs, clear head.",
    "I cleaned the whole flat and then sat in the tidy living room, pleased.",
    "Dinner with friends, lots of laughing.",
    "I worked from the library to get away from the screen at home.",
    "We did the crossword in bed on Sunday morning.",
    "I spent my lunch break in the gallery looking at the same painting for ages.",
    "Thunder in the evening; we sat by the window counting seconds.",
    "I baked bread; it came out flat but tasted fine.",
    "I walked the neighbour's dog while she was away.",
    "A slow morning with the radio and too much coffee.",
    "We repainted the hallway and argued cheerfully about the colour.",
    "The garden centre was packed, but we found the herbs we wanted.",
    "I called an old friend I had not spoken to in a year.",
    "Tidied the desk, answered every email, felt oddly proud.",
    "We took the train to the coast and ate chips on the sea wall.",
    "Long bath, early night.",
    "A friend's birthday drinks; I left early and did not regret it.",
    "I fixed the wobbly chair at last.",
    "We tried a new recipe with lentils and far too much cumin.",
)


def _words(line: str) -> tuple[str, ...]:
    return tuple(line.split())


# Small details with slots, so assembled entries do not all share one vocabulary.
SLOTS: dict[str, tuple[str, ...]] = {
    "weather": _words("drizzle fog sunshine frost hail wind mist heat sleet breeze snow"),
    "food": _words(
        "soup risotto dumplings curry tacos pasta porridge salad noodles stew omelette "
        "falafel pancakes flatbread chowder gnocchi paella dal"
    ),
    "place": _words(
        "bakery harbour allotment library laundrette bookshop cinema station orchard pier "
        "pharmacy swimming-pool hardware-shop post-office greenhouse"
    ),
    "topic": _words(
        "holidays budgets gardening podcasts childhood neighbours furniture birthdays "
        "astronomy photography languages retirement volunteering"
    ),
    "sound": _words("rain blackbirds traffic jazz trains church-bells wind-chimes"),
}
DETAILS: tuple[str, ...] = (
    "Outside there was {weather}; inside, {food} on the stove.",
    "I stopped at the {place} on the way back.",
    "We talked about {topic} over {food}.",
    "I fell asleep to the sound of {sound}.",
    "A detour past the {place}, just because.",
    "{weather} all afternoon, so {food} for dinner felt right.",
    "Alex got curious about {topic} and read me bits aloud.",
)

# What the day felt like, by how heavy it was: 0 settled, 1 mixed, 2 heavy.
NOTICING: tuple[tuple[str, ...], ...] = (
    (
        "I felt settled most of the day.",
        "There was an easy warmth between us.",
        "My body felt loose and unhurried.",
        "I kept noticing small good things.",
        "Nothing in particular tugged at me.",
        "We laughed at the same silly thing twice.",
        "I felt close to Alex without needing to say so.",
        "My breathing was slow and even when I lay down.",
    ),
    (
        "A small knot of worry kept coming back.",
        "I felt restless without knowing exactly why.",
        "Part of me was content and part of me was on alert.",
        "I caught myself comparing myself with strangers on my phone.",
        "I drifted between curiosity and unease.",
        "I was quieter than usual at dinner.",
        "A flicker of jealousy showed up and then faded.",
        "I wanted reassurance and did not quite ask for it.",
    ),
    (
        "The ache sat in my chest most of the day.",
        "I kept picturing things I would rather not imagine.",
        "I felt far from Alex even in the same room.",
        "Tears came at odd moments, on the bus and in the shower.",
        "My thoughts circled the same questions and found no floor.",
        "Everything felt louder and closer than usual.",
        "I was short with people who had done nothing wrong.",
        "I could not concentrate on anything for long.",
    ),
)

TELLING_ME: tuple[tuple[str, ...], ...] = (
    (
        "That I feel safe enough to relax.",
        "That our small routines are carrying us.",
        "That I am allowed to enjoy a quiet, ordinary day.",
        "That trust is back in the background, where it belongs.",
        "That I like the life we are making.",
    ),
    (
        "That I want a little more reassurance than I have been asking for.",
        "That I need to know where I stand before I can relax.",
        "That I am afraid of losing something I value, not that anything is wrong.",
        "That I need more time together this week.",
        "That I should say the worry out loud rather than carry it alone.",
    ),
    (
        "That I need to feel chosen again.",
        "That I am grieving the way things were before.",
        "That I need Alex close while this settles, and to hear plainly that they are staying.",
        "That my sense of safety took a knock and needs care, not blame.",
        "That I need space to feel this without having to explain it.",
    ),
)

NEEDS_BY_LEVEL: tuple[tuple[str, ...], ...] = (
    ("time", "touch", "rest", "attention"),
    ("reassurance", "transparency", "time", "being_heard", "honesty"),
    ("reassurance", "safety", "space", "being_heard", "transparency", "touch"),
)

CLOSERS: tuple[str, ...] = (
    "Writing it down makes it smaller.",
    "I want to be gentle with myself about this.",
    "Tomorrow I will ask for what I need instead of hinting.",
    "Naming it helped more than I expected.",
    "I will bring this to our next check-in.",
    "It is fine not to have it all figured out yet.",
    "A walk and an early night are probably the answer.",
    "Noting it here so I can look back later.",
    "Grateful for a partner who listens.",
    "One day at a time.",
)

THOUGHTS: tuple[str, ...] = (
    "Trust seems to grow in small, boring moments more than in big speeches.",
    "Saying what I need out loud is still harder than it should be.",
    "We are better when we protect time that is only ours.",
    "I want our agreements to be things we both actually believe in.",
    "Jealousy points at what I am scared to lose; it is a signal, not a verdict.",
    "Asking for reassurance is not weakness; it is information.",
    "Curiosity and loyalty can live in the same person.",
    "When I slow down, I can hear what I really want.",
    "Strong feelings pass, even when they seem permanent in the moment.",
    "Alex listens with their whole face, and I do not say often enough how much I love that.",
    "Our best talks happen on walks, side by side instead of face to face.",
    "I used to think a good relationship had no hard conversations. Now I think it has them "
    "kindly.",
    "Values first, then plans.",
    "I would rather be honest and awkward than smooth and hidden.",
    "Rituals matter: the Sunday crossword, the tea before bed.",
    "I notice I judge myself for feelings I would be gentle about in a friend.",
    "Novelty does not have to mean someone new; it can mean us, somewhere new.",
    "Repair is not a single apology; it is a hundred small moments of showing up.",
)

# Hand-wrapped from here on: one short item per line would double the length.
# fmt: off
FEELINGS_TITLES: tuple[str, ...] = (
    "Evening check-in", "Morning check-in", "How today felt", "Quick feelings note",
    "Checking in with myself", "End of the day", "Feelings, briefly", "Midweek check-in",
    "Before bed",
)

FREE_TITLES: tuple[str, ...] = (
    "A small good thing", "Notes from today", "Thinking out loud", "Weekend", "An ordinary day",
    "On trust", "Little rituals", "Things I noticed", "Letter to myself", "Walk notes",
)

TAGS: tuple[str, ...] = (
    "date night", "jealousy", "gratitude", "work", "family", "friends", "self-care", "sleep",
    "reflection",
)

# Script ids match the scripts library; the backfill uses them in conversation notes.
SCRIPT_IDS: tuple[str, ...] = (
    "opening", "asking_boundaries", "jealousy_in_the_moment", "pause_phrase", "repair_apology",
)

CONVERSATION_TOPICS: tuple[tuple[str, str, str, str], ...] = (
    # (title, went well, was hard, next step)
    ("Talk about the holidays", "We both said what we wanted before negotiating.",
     "Old family patterns came up quickly.", "Decide by the end of the month."),
    ("Money talk", "We kept it short and specific.",
     "I felt defensive about my spending.", "Look at the budget together on Sunday."),
    ("How we spend evenings", "Alex suggested one phone-free night a week.",
     "Admitting I had felt a bit lonely.", "Try it for a month and check in."),
    ("A small jealousy moment", "I said it in one sentence, without blaming.",
     "Waiting for a reply felt long.", "Keep naming it early."),
    ("Check-in about us", "We listed three things that are going well.",
     "Naming one thing I miss.", "Plan a proper date night."),
)
