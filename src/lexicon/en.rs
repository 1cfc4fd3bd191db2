//! English appeal phrases and titles of office.

use super::{Appeal, Titles, don, don_act, don_detail, nl, nl_act, nl_detail};

pub const APPEALS: &[Appeal] = &[
    // newsletter
    nl("newsletter", 2),
    nl("newsletters", 2),
    nl("sign up for our newsletter", 3),
    nl("sign up for the newsletter", 3),
    nl("sign up to our newsletter", 3),
    nl("subscribe to our newsletter", 3),
    nl("subscribe to the newsletter", 3),
    nl("get our newsletter", 3),
    nl("get the newsletter", 3),
    nl("newsletter sign up", 3),
    nl("newsletter signup", 3),
    nl("weekly newsletter", 2),
    nl("daily newsletter", 2),
    nl("free newsletter", 2),
    nl("email newsletter", 2),
    nl("daily digest", 2),
    nl("weekly digest", 2),
    nl("in your inbox", 3),
    nl("to your inbox", 3),
    nl("straight to your inbox", 3),
    nl("delivered to your inbox", 3),
    nl("in your mailbox", 3),
    nl("to your mailbox", 3),
    nl_detail("your email", 2),
    nl_detail("your email address", 2),
    nl_detail("email address", 2),
    nl_detail("e-mail address", 2),
    nl_detail("enter your email", 3),
    nl_detail("please enter a valid email", 3),
    nl("mailing list", 2),
    nl("join our mailing list", 3),
    nl("breaking news alerts", 2),
    nl("news alerts", 1),
    nl("email alerts", 2),
    nl_detail("stay informed", 1),
    nl_detail("never miss", 1),
    nl_detail("keep up with", 1),
    nl("unsubscribe at any time", 3),
    nl("you may unsubscribe", 3),
    nl("subscribers agree", 2),
    nl_detail("sign up for", 1),
    nl("sign up to receive", 3),
    nl_detail("get the latest", 1),
    nl_detail("every morning", 1),
    nl_detail("every friday", 1),
    nl_act("subscribe", 1),
    nl_act("sign up", 1),
    nl_act("sign me up", 2),
    // donation
    don_act("donate", 2),
    don_act("donate now", 3),
    don("donation", 1),
    don("make a donation", 3),
    don_act("make a contribution", 3),
    don_act("contribute", 2),
    don("contribution", 1),
    don("every contribution", 2),
    don_act("support us", 3),
    don_act("supporting us", 3),
    don("readers like you", 2),
    don("rely on readers", 2),
    don("relies on readers", 2),
    don("consider supporting", 3),
    don("will you support", 3),
    don("support our journalism", 3),
    don("support independent journalism", 3),
    don("support quality journalism", 3),
    don("support journalism", 3),
    don("support local journalism", 3),
    don("support local news", 3),
    don("support independent news", 3),
    don("support independent media", 3),
    don("support our newsroom", 3),
    don("support our work", 3),
    don_detail("support the", 1),
    don("your support", 2),
    don("by supporting", 2),
    don("we need your help", 3),
    don("need your support", 3),
    don("keep providing you", 2),
    don("reader-funded", 3),
    don("reader funded", 3),
    don("funded by readers", 3),
    don_detail("ad-free", 1),
    don("enjoying ad-free content", 3),
    don_detail("fill the gap", 1),
    don("not ready to support", 3),
    don_detail("remind me later", 2),
    don_act("become a member", 3),
    don_act("become a supporter", 3),
    don_act("become a patron", 3),
    don_act("join us", 1),
    // A bare "Join now" or "Support now" button under a plea is its call to action.
    don_act("join now", 1),
    don_act("join today", 1),
    don_act("support now", 2),
    don_act("support today", 2),
    don("membership", 1),
    don_act("chip in", 2),
    don("give today", 3),
    don_act("give now", 3),
    don("help us keep", 2),
    don("keep our journalism free", 3),
    don_detail("one-time", 1),
    don_detail("monthly", 1),
    don_detail("annual", 1),
    don("patreon", 2),
    don_act("buy me a coffee", 3),
    don("buying me a coffee", 2),
    don_detail("paypal", 1),
    don_detail("unlimited access", 1),
    don("support our", 2),
    don("support our mission", 3),
    don("support of our", 2),
    don("sustaining member", 3),
    don("depends on you", 2),
    don("your gift", 2),
    don("tax-deductible", 2),
];

/// Verbs of reported speech ("said"): news prose quotes people, appeals address the
/// reader.
pub const SPEECH: &[&str] = &[
    "said",
    "says",
    "told",
    "declared",
    "announced",
    "asked",
    "urged",
    "explained",
    "added",
    "noted",
    "wrote",
    "asks",
    "calls on",
    "called on",
    "appealed",
    // A news service pointing readers to others' appeals ("How to help").
    "how to help",
    "how you can help",
    "ways to help",
    "where to donate",
];

/// Labels of the frequency choices of a donation form ("Monthly"), lower case.
pub const FREQUENCIES: &[&str] = &[
    "once",
    "one-time",
    "one time",
    "single",
    "monthly",
    "annual",
    "annually",
    "yearly",
    "every month",
    "every year",
    "per month",
    "per year",
    "a month",
    "a year",
];

pub const TITLES: Titles = Titles {
    heads: "
        president
        president-elect
        senator-elect
        governor-elect
        mayor-elect
        vice-president
        premier
        chancellor
        minister
        secretary
        director-general
        secretary-general
        spokesman
        spokeswoman
        spokesperson
        senator
        sen.
        rep.
        representative
        congressman
        congresswoman
        lawmaker
        legislator
        mp
        governor
        gov.
        mayor
        ambassador
        envoy
        commissioner
        inspector
        general
        gen.
        admiral
        adm.
        colonel
        col.
        lt.
        sgt.
        sergeant
        captain
        capt.
        major
        commander
        judge
        justice
        prosecutor
        attorney-general
        adviser
        advisor
        leader
        chairman
        chairwoman
        chair
        speaker
        sheriff
        superintendent
        constable
        diplomat
        consul
        king
        queen
        emir
        sheikh
        ayatollah
        dictator
        chief
        director
        attorney
    ",
    plural_heads: "
        ministers
        senators
        lawmakers
        governors
        leaders
        generals
        mps
        presidents
    ",
    head_suffixes: "",
    modifiers: "
        deputy
        policy
        vice
        prime
        foreign
        first
        chief
        national
        security
        press
        defense
        defence
        interior
        finance
        justice
        health
        housing
        state
        federal
        police
        cabinet
        opposition
        senior
        assistant
        acting
        interim
        minority
        majority
        ranking
        house
        senate
        white
        attorney
        district
        supreme
        court
        army
        navy
        air
        force
        military
        communications
        trade
        economy
        education
        environment
        agriculture
        home
        labor
        labour
        culture
        energy
        transport
        transportation
        treasury
        special
        top
        regional
        provincial
        city
        county
        central
        bank
        u.s.
        us
        u.n.
        un
        eu
        nato
        kremlin
        party
        general
        lieutenant
        commander
        foreign-affairs
        immigration
        intelligence
        counterterrorism
        border
        shadow
        parliamentary
        presidential
        government
        official
        executive
        development
        sports
        industry
        information
        fire
        spy
    ",
    post_modifiers: "
        elect
        -elect
        general
    ",
    complement_openers: "
        of
        to
        for
    ",
    negators: "
        executive
        former
        ex
        ex-
        late
        then
        then-
        would-be
        candidate
        aspiring
        fake
    ",
    parties: "
        republican
        democrat
        labour
        tory
        conservative
        liberal
        green
    ",
    honorifics: "
        mr
        mr.
        mrs
        mrs.
        ms
        ms.
        dr
        dr.
        sir
        dame
        lord
        lady
        bishop
        father
        rev
        rev.
        reverend
        pastor
        imam
        rabbi
        cardinal
        pope
        prof
        prof.
    ",
    // "Chief of Staff John Kelly": a staff is never part of a name.
    not_names: "
        staff
        the
        a
        an
        and
        or
        but
        in
        on
        at
        of
        for
        to
        with
        by
        from
        he
        she
        it
        they
        we
        i
        you
        his
        her
        their
        our
        this
        that
        these
        those
        monday
        tuesday
        wednesday
        thursday
        friday
        saturday
        sunday
        january
        february
        march
        april
        may
        june
        july
        august
        september
        october
        november
        december
        jan
        feb
        mar
        apr
        jun
        jul
        aug
        sep
        sept
        oct
        nov
        dec
        today
        yesterday
        tomorrow
        meanwhile
        however
        when
        after
        before
        while
        if
        as
        also
        said
        says
        told
        according
        news
        photo
        image
        video
        reuters
        ap
        afp
        getty
        images
        read
        more
        share
        comments
        follow
        email
        twitter
        facebook
        is
        was
        has
        had
        will
        would
        could
        should
        who
        what
        where
        why
        how
        there
        here
        not
        no
        yes
        all
        some
        many
        most
        about
        last
        next
        new
        administration
        government
        office
        house
        ministry
        party
        state
        city
    ",
};
