//! English appeal phrases and titles of office.

use super::Titles;

pub const APPEALS: &str = concat!(
    // newsletter
    "
n2 newsletter
n2 newsletters
n3 sign up for our newsletter
n3 sign up for the newsletter
n3 sign up to our newsletter
n3 subscribe to our newsletter
n3 subscribe to the newsletter
n3 get our newsletter
n3 get the newsletter
n3 newsletter sign up
n3 newsletter signup
n2 weekly newsletter
n2 daily newsletter
n2 free newsletter
n2 email newsletter
n2 daily digest
n2 weekly digest
n2 weekly roundup
n2 daily roundup
n2 daily briefing
n2 morning briefing
n2 evening briefing
n2 weekly briefing
n2 morning brief
n2 daily brief
n2 evening brief
n3 in your inbox
n3 to your inbox
n3 straight to your inbox
n3 delivered to your inbox
n3 in your mailbox
n3 to your mailbox
n~2 your email
n~2 your email address
n~2 email address
n~2 e-mail address
n~3 enter your email
n~3 please enter a valid email
n2 mailing list
n3 join our mailing list
n2 breaking news alerts
n1 news alerts
n2 email alerts
n~1 stay informed
n~1 never miss
n~1 keep up with
n3 unsubscribe at any time
n3 you may unsubscribe
n2 subscribers agree
n~1 sign up for
n3 sign up to receive
n~2 posts by email
n3 follow this blog
n~1 get the latest
n~1 every morning
n~1 every friday
n!1 subscribe
n!1 sign up
n!2 sign me up
    ",
    // donation
    "
d!2 donate
d!3 donate now
d1 donation
d3 make a donation
d!3 make a contribution
d!2 contribute
d1 contribution
d2 every contribution
d!3 support us
d!3 supporting us
d2 readers like you
d2 rely on readers
d2 relies on readers
d3 consider supporting
d3 will you support
d3 support our journalism
d3 support independent journalism
d3 support quality journalism
d3 support journalism
d3 support local journalism
d3 support local news
d3 support independent news
d3 support independent media
d3 support our newsroom
d3 support our work
d3 support my work
d3 support me on
d3 support this blog
d~1 support the
d2 your support
d2 by supporting
d3 we need your help
d3 need your support
d3 needs your support
d2 keep providing you
d3 reader-funded
d3 reader funded
d3 funded by readers
d~1 ad-free
d3 enjoying ad-free content
d~1 fill the gap
d3 not ready to support
d~2 remind me later
d!3 become a member
d!3 become a supporter
d!3 become a patron
d!1 join us
    ",
    // A bare "Join now" or "Support now" button under a plea is its call to action.
    "
d!1 join now
d!1 join today
d!2 support now
d!2 support today
d1 membership
d!2 chip in
d3 give today
d!3 give now
d2 help us keep
d3 keep our journalism free
d~1 one-time
d~1 monthly
d~1 annual
d2 patreon
d2 ko-fi
d2 liberapay
d!3 buy me a coffee
d2 buying me a coffee
d~1 paypal
d~1 unlimited access
d2 support our
d3 support our mission
d2 support of our
d3 sustaining member
d2 depends on you
d2 your gift
d2 tax-deductible
    ",
    // Public media's and small newsrooms' everyday pleas.
    "
d2 listeners like you
d2 viewers like you
d2 members like you
d2 supporters like you
d3 support public radio
d3 support public media
d3 support public broadcasting
d3 if you value our
d3 consider a donation
d3 consider donating
d3 consider a gift
d3 every dollar helps
d2 every dollar
    ",
);

/// Verbs of reported speech ("said"): news prose quotes people, appeals address the
/// reader.
pub const SPEECH: &str = concat!(
    "
said
says
told
declared
announced
asked
urged
explained
added
noted
wrote
asks
calls on
called on
appealed
",
    // A news service pointing readers to others' appeals ("How to help").
    "
how to help
how you can help
ways to help
where to donate
",
);

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
taoiseach
tánaiste
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
councilman
councilwoman
councilmember
councillor
councilor
alderman
assemblyman
assemblywoman
assemblymember
lawmaker
legislator
mp
mep
governor
gov.
mayor
ambassador
envoy
commissioner
treasurer
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
corporal
cpl.
pvt.
trooper
officer
captain
capt.
major
maj.
brigadier
brig.
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
whip
sheriff
superintendent
constable
diplomat
consul
king
queen
prince
emir
sheikh
ayatollah
dictator
chief
head
director
administrator
attorney
counsel
    ",
    plural_heads: "
ministers
senators
sens.
reps.
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
crown
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
outgoing
incoming
embattled
beleaguered
ousted
longtime
current
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
exchequer
special
independent
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
lt.
maj.
brigadier
brig.
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
from
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
tonight
yesterday
tomorrow
meanwhile
however
since
although
though
because
until
despite
during
once
both
either
neither
even
only
still
now
earlier
later
instead
indeed
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
then
afterwards
one
two
three
four
five
six
seven
eight
nine
ten
    ",
};
