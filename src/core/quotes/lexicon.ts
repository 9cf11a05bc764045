// The words the quote rules recognise, compiled once: the lists that the
// rules ask about a token go into one Lexicon, a bit each; the few asked
// about elsewhere are WordSets. Every list is lower case; lookups ignore ASCII case.

import { Lexicon, WordSet } from './word-set';

function forms(...stems: string[]): string[] {
  return stems.flatMap((s) => s.split('/'));
}

/** Verbs that introduce what someone said, in every form a news text uses. */
const SPEECH_VERBS_LIST = forms(
  'say/says/said/saying', 'tell/tells/told/telling', 'add/adds/added/adding',
  'note/notes/noted/noting', 'explain/explains/explained/explaining', 'ask/asks/asked/asking',
  'write/writes/wrote/writing/written', 'tweet/tweets/tweeted/tweeting', 'post/posts/posted',
  'continue/continues/continued', 'argue/argues/argued/arguing', 'insist/insists/insisted/insisting',
  'claim/claims/claimed/claiming', 'declare/declares/declared/declaring', 'state/states/stated/stating',
  'warn/warns/warned/warning', 'mention/mentions/mentioned', 'reply/replies/replied/replying',
  'respond/responds/responded/responding', 'recall/recalls/recalled/recalling',
  'acknowledge/acknowledges/acknowledged/acknowledging', 'admit/admits/admitted/admitting',
  'announce/announces/announced/announcing', 'assert/asserts/asserted/asserting',
  'suggest/suggests/suggested/suggesting', 'predict/predicts/predicted/predicting',
  'promise/promises/promised/promising', 'vow/vows/vowed/vowing', 'urge/urges/urged/urging',
  'complain/complains/complained/complaining', 'boast/boasts/boasted/boasting', 'joke/jokes/joked/joking',
  'quip/quips/quipped', 'demand/demands/demanded/demanding', 'observe/observes/observed',
  'remark/remarks/remarked', 'comment/comments/commented', 'conclude/concludes/concluded',
  'concede/concedes/conceded/conceding', 'contend/contends/contended', 'emphasize/emphasizes/emphasized/emphasised',
  'stress/stresses/stressed', 'confirm/confirms/confirmed', 'deny/denies/denied', 'report/reports/reported',
  'read/reads', 'sing/sings/sang', 'shout/shouts/shouted', 'yell/yells/yelled', 'scream/screams/screamed',
  'cry/cries/cried', 'whisper/whispers/whispered', 'testify/testifies/testified', 'reiterate/reiterates/reiterated',
  'recount/recounts/recounted', 'wonder/wonders/wondered', 'lament/laments/lamented', 'muse/muses/mused',
  'charge/charges/charged', 'allege/alleges/alleged', 'accuse/accuses/accused', 'scold/scolds/scolded',
  'tout/touts/touted', 'proclaim/proclaims/proclaimed', 'chant/chants/chanted', 'pledge/pledges/pledged',
  'add', 'counter/counters/countered', 'retort/retorts/retorted', 'exclaim/exclaims/exclaimed',
  'point/points/pointed', 'agree/agrees/agreed', 'advise/advises/advised', 'caution/cautions/cautioned',
  'blast/blasts/blasted', 'slam/slams/slammed', 'fire/fired', 'snap/snaps/snapped', 'sigh/sighs/sighed',
  'begin/begins/began', 'go/goes/went', 'describe/describes/described', 'thunder/thundered', 'declare',
  'maintain/maintains/maintained', 'reveal/reveals/revealed', 'inform/informs/informed',
  'tease/teases/teased', 'mock/mocks/mocked', 'quote/quotes/quoted', 'cite/cites/cited',
);

/**
 * Verbs by which someone names a thing: `Cruz called Trump a "liar"` rests on
 * Cruz, but a short quote after them is a term, not speech.
 */
const NAMING_VERBS_LIST = forms(
  'call/calls/called/calling', 'dub/dubs/dubbed', 'label/labels/labeled/labelled', 'term/termed',
  'nickname/nicknamed', 'brand/brands/branded',
);

/** Words after which a quote is a name with nobody behind it: `the so-called "deal"`, `a film titled "…"`. */
const NAME_ONLY_WORDS_LIST = ['title', 'titled', 'named', 'so-called', 'considered', 'known', 'entitled', 'headlined'];

/** Forms too common as nouns or in other senses to count without a subject right before them. */
const WEAK_SPEECH_VERBS_LIST = forms(
  'note/notes', 'post/posts/posted', 'tweet/tweets', 'state/states', 'claim/claims', 'report/reports', 'read/reads',
  'comment/comments', 'remark/remarks', 'promise/promises', 'demand/demands', 'charge/charges/charged',
  'point/points/pointed', 'go/goes/went', 'begin/begins/began', 'fire/fired', 'agree/agrees/agreed',
  'continue/continues', 'add', 'stress', 'warning', 'quote/quotes', 'cite/cites', 'counter', 'tout/touts',
  'written', 'snap', 'mock', 'blast', 'slam', 'wonder', 'caution', 'sigh', 'describe/describes/described',
  'reveal/reveals', 'inform/informs', 'thunder', 'maintain/maintains', 'advise/advises',
);

/** Abbreviated titles that carry a period ("Sen.", "Mr."). */
export const TITLE_ABBREVIATIONS = new WordSet([
  'mr', 'mrs', 'ms', 'dr', 'sen', 'rep', 'gov', 'gen', 'lt', 'col', 'capt', 'sgt', 'prof', 'rev', 'pres',
  'atty', 'hon', 'adm', 'maj', 'cmdr', 'supt', 'insp', 'fr', 'sr', 'jr', 'st', 'messrs', 'mme', 'mlle',
]);

/** Other abbreviations after which a period does not end a sentence. */
export const ABBREVIATIONS = new WordSet([
  'inc', 'co', 'corp', 'ltd', 'vs', 'jan', 'feb', 'mar', 'apr', 'aug', 'sept', 'sep', 'oct', 'nov',
  'dec', 'etc', 'approx', 'dept', 'univ', 'ave', 'blvd', 'mt', 'ft', 'e.g', 'i.e', 'al',
]);

const MALE_TITLES_LIST = ['mr', 'messrs', 'sir', 'lord', 'king', 'prince', 'father', 'fr'];
const FEMALE_TITLES_LIST = ['mrs', 'ms', 'miss', 'mme', 'mlle', 'madam', 'madame', 'dame', 'lady', 'queen', 'princess'];

/** Role nouns that may stand inside a name ("White House spokesman Josh Earnest") or head a description. */
const ROLE_NOUNS_LIST = forms(
  'spokesman/spokesmen/spokeswoman/spokeswomen/spokesperson/spokespeople', 'secretary', 'chairman/chairwoman/chair',
  'senator/senators', 'governor/governors', 'director/directors', 'official/officials', 'aide/aides', 'adviser/advisers/advisor/advisors',
  'leader/leaders', 'president', 'minister', 'candidate', 'nominee', 'representative', 'attorney', 'lawyer/lawyers',
  'analyst/analysts', 'professor', 'mayor', 'chief', 'executive', 'manager', 'strategist', 'pollster', 'economist',
  'ambassador', 'envoy', 'commissioner', 'judge', 'justice', 'prosecutor/prosecutors', 'sheriff', 'officer', 'press',
  'speaker', 'whip', 'founder', 'host', 'anchor', 'moderator', 'correspondent', 'reporter', 'editor', 'columnist',
  'author', 'historian', 'expert/experts', 'source/sources', 'member/members', 'vice', 'deputy', 'general',
  'campaign', 'counsel', 'consultant', 'operative', 'activist/activists', 'voter/voters', 'supporter/supporters',
  'organizer', 'pastor', 'bishop', 'rabbi', 'imam', 'coach', 'owner', 'ceo', 'cfo', 'head', 'narrator', 'announcer',
  'witness', 'resident/residents', 'student', 'teacher', 'doctor', 'nurse', 'investigator/investigators', 'agent',
  'administrator', 'dean', 'chancellor', 'premier', 'prime', 'congressman/congresswoman', 'lawmaker/lawmakers',
  'delegate', 'diplomat', 'commander', 'soldier', 'veteran', 'mother', 'father', 'wife', 'husband', 'friend',
  'daughter', 'son', 'sister', 'brother', 'planner', 'researcher', 'scientist', 'inspector',
);

const PERSONAL_PRONOUNS_LIST = ['he', 'she', 'they', 'it', 'i', 'we', 'you'];
/** Pronouns that name a person as the subject of a clause. */
const SUBJECT_PRONOUNS_LIST = ['he', 'she', 'i', 'we', 'they'];
const WHO_LIST = ['who'];

/** Words that begin a noun phrase and end the walk back over one. */
const DETERMINERS_LIST = [
  'the', 'a', 'an', 'this', 'that', 'these', 'those', 'his', 'her', 'its', 'their', 'our', 'my', 'your',
  'one', 'two', 'three', 'several', 'some', 'many', 'most', 'other', 'another', 'both', 'each', 'every', 'any',
  'no', 'few', 'top', 'senior', 'former',
];

/** Words that only link a description to what it describes ("a spokesman for the campaign"). */
const NP_LINKS_LIST = ['of', 'for', 'at', 'from', 'with', 'to', 'on', 'in'];

/** Words between a subject and its verb that belong to neither ("Smith also said"). */
const SKIPPABLE_ADVERBS_LIST = [
  'also', 'later', 'then', 'has', 'had', 'have', 'would', 'will', 'once', 'previously', 'recently', 'again',
  'repeatedly', 'further', 'simply', 'flatly', 'just', 'even', 'often', 'reportedly', 'publicly', 'privately',
  'earlier', 'quickly', 'already', 'frequently', 'immediately', 'still', 'only', 'first', 'finally', 'bluntly',
  'openly', 'angrily', 'sarcastically', 'famously', 'once', 'subsequently', 'initially', 'twice', 'softly',
  'loudly', 'separately', 'similarly', 'explicitly', 'directly', 'emphatically', 'confidently', 'calmly',
  'proudly', 'jokingly', 'tersely', 'curtly', 'plainly', 'candidly', 'pointedly', 'is', 'was', 'were', 'are',
  'did', 'does', 'do', 'had', 'went', 'on', 'being', 'been', 'who', 'shall', 'should', 'could', 'might', 'may',
  'must', 'can', 'not', 'never', 'yet', 'since', 'always', 'ultimately', 'memorably', 'notably',
];

/** Words after a verb that are not its subject ("said Monday", "said in a statement"). */
const TIME_WORDS_LIST = [
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'today', 'yesterday', 'tonight',
  'recently', 'earlier', 'later', 'then', 'again', 'afterward', 'afterwards', 'also', 'last', 'this', 'next',
];

/** Capitalised words that start sentences without naming anyone. */
const NON_NAME_CAPITALS_LIST = [
  'the', 'a', 'an', 'in', 'on', 'at', 'but', 'and', 'or', 'he', 'she', 'it', 'they', 'we', 'i', 'you', 'this', 'that',
  'these', 'those', 'when', 'if', 'after', 'before', 'as', 'while', 'his', 'her', 'their', 'its', 'our', 'my', 'for',
  'with', 'by', 'from', 'to', 'of', 'so', 'yet', 'there', 'here', 'what', 'who', 'why', 'how', 'where', 'which',
  'although', 'though', 'because', 'since', 'until', 'during', 'under', 'over', 'about', 'according', 'now',
  'then', 'also', 'still', 'meanwhile', 'however', 'furthermore', 'moreover', 'instead', 'indeed', 'yes', 'no',
  'not', 'all', 'some', 'many', 'most', 'one', 'two', 'both', 'each', 'every', 'another', 'other', 'such', 'even',
  'last', 'next', 'first', 'asked', 'said', 'says', 'told', 'later', 'earlier', 'despite', 'among', 'without',
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'january', 'february', 'march',
  'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december', 'mr.', 'see',
  'is', 'was', 'are', 'were', 'do', 'does', 'did', 'will', 'would', 'can', 'could', 'should', 'has', 'have', 'had',
  'following', 'once', 'speaking', 'given', 'amid', 'throughout', 'within', 'upon', 'toward', 'towards', 'regarding',
  'let', 'like', 'just', 'more', 'much', 'only', 'than', 'thank', 'thanks', 'please', 'well', 'oh', 'ok', 'okay',
];

/** Heads that make a capitalised phrase an organisation or a place rather than a person. */
const NON_PERSON_HEADS_LIST = forms(
  'party', 'committee', 'times', 'post', 'news', 'journal', 'department', 'ministry', 'house', 'senate', 'congress',
  'council', 'court', 'office', 'agency', 'administration', 'government', 'campaign', 'foundation', 'institute',
  'university', 'association', 'union', 'commission', 'center', 'centre', 'bureau', 'service', 'network', 'group',
  'company', 'corporation', 'bank', 'fund', 'board', 'organization', 'organisation', 'inc', 'corp', 'co', 'llc',
  'press', 'magazine', 'review', 'tribune', 'herald', 'daily', 'weekly', 'radio', 'television', 'tv', 'channel',
  'states', 'kingdom', 'republic', 'federation', 'city', 'county', 'state', 'nations', 'alliance', 'coalition',
  'club', 'church', 'school', 'college', 'academy', 'hospital', 'airlines', 'airways', 'motors', 'media', 'street',
  'avenue', 'square', 'hall', 'declaration', 'treaty', 'act', 'law', 'bill', 'amendment', 'mission', 'forces',
  'army', 'navy', 'force', 'police', 'guard', 'ministry', 'reuters', 'politico', 'cnn', 'fox', 'msnbc', 'abc',
  'cbs', 'nbc', 'bbc', 'npr', 'ap', 'twitter', 'facebook', 'instagram', 'youtube', 'google',
);

// Common given names, to tell a person from a place or firm and he from she.
// Short on purpose: the rules also learn persons from titles and speech verbs.
const MALE_NAMES_LIST = [
  'james', 'john', 'robert', 'michael', 'william', 'david', 'richard', 'joseph', 'thomas', 'charles', 'christopher',
  'daniel', 'matthew', 'anthony', 'mark', 'donald', 'steven', 'paul', 'andrew', 'joshua', 'kenneth', 'kevin',
  'brian', 'george', 'timothy', 'ronald', 'edward', 'jason', 'jeffrey', 'ryan', 'jacob', 'gary', 'nicholas', 'eric',
  'jonathan', 'stephen', 'larry', 'justin', 'scott', 'brandon', 'benjamin', 'samuel', 'gregory', 'alexander',
  'frank', 'patrick', 'raymond', 'jack', 'dennis', 'jerry', 'tyler', 'aaron', 'jose', 'adam', 'nathan', 'henry',
  'douglas', 'zachary', 'peter', 'kyle', 'walter', 'ethan', 'jeremy', 'harold', 'keith', 'christian', 'roger',
  'noah', 'gerald', 'carl', 'terry', 'sean', 'austin', 'arthur', 'lawrence', 'jesse', 'dylan', 'bryan', 'joe',
  'jordan', 'billy', 'bruce', 'albert', 'willie', 'gabriel', 'logan', 'alan', 'juan', 'wayne', 'roy', 'ralph',
  'randy', 'eugene', 'vincent', 'russell', 'elijah', 'louis', 'bobby', 'philip', 'johnny', 'bill', 'bernie', 'mike',
  'barack', 'mitt', 'ted', 'marco', 'jeb', 'tim', 'chris', 'newt', 'rudy', 'rand', 'tom', 'jim', 'bob', 'dick',
  'sergey', 'sergei', 'vladimir', 'dmitry', 'ivan', 'nikolai', 'igor', 'boris', 'alexei', 'ilham', 'nikol', 'recep',
  'emmanuel', 'francois', 'jean', 'pierre', 'jacques', 'hans', 'karl', 'klaus', 'olaf', 'xi', 'shinzo', 'narendra',
  'ali', 'mohammed', 'muhammad', 'ahmed', 'hassan', 'hussein', 'omar', 'abdul', 'ben', 'dan', 'sam', 'nick', 'steve',
  'jeff', 'greg', 'rick', 'ron', 'ken', 'don', 'doug', 'harry', 'hugh', 'ian', 'neil', 'colin', 'martin', 'simon',
  'luis', 'carlos', 'miguel', 'jorge', 'pedro', 'antonio', 'giuseppe', 'marco', 'paolo', 'franz', 'lindsey',
];

const FEMALE_NAMES_LIST = [
  'mary', 'patricia', 'jennifer', 'linda', 'elizabeth', 'barbara', 'susan', 'jessica', 'sarah', 'karen', 'nancy',
  'lisa', 'betty', 'margaret', 'sandra', 'ashley', 'kimberly', 'emily', 'donna', 'michelle', 'dorothy', 'carol',
  'amanda', 'melissa', 'deborah', 'stephanie', 'rebecca', 'sharon', 'laura', 'cynthia', 'kathleen', 'amy', 'shirley',
  'angela', 'helen', 'anna', 'brenda', 'pamela', 'nicole', 'emma', 'samantha', 'katherine', 'christine', 'debra',
  'rachel', 'catherine', 'carolyn', 'janet', 'ruth', 'maria', 'heather', 'diane', 'virginia', 'julie', 'joyce',
  'victoria', 'olivia', 'kelly', 'christina', 'lauren', 'joan', 'evelyn', 'judith', 'megan', 'cheryl', 'andrea',
  'hannah', 'martha', 'jacqueline', 'frances', 'gloria', 'ann', 'teresa', 'kathryn', 'sara', 'janice', 'jean',
  'alice', 'madison', 'doris', 'abigail', 'julia', 'judy', 'grace', 'denise', 'amber', 'marilyn', 'beverly',
  'danielle', 'theresa', 'sophia', 'marie', 'diana', 'brittany', 'natalie', 'isabella', 'charlotte', 'rose',
  'alexis', 'kayla', 'hillary', 'michele', 'sarah', 'nikki', 'kellyanne', 'condoleezza', 'madeleine', 'nancy',
  'angela', 'theresa', 'marine', 'ursula', 'christine', 'jill', 'melania', 'ivanka', 'chelsea', 'huma', 'donna',
  'debbie', 'claire', 'tammy', 'kamala', 'dianne', 'barbara', 'loretta', 'susana', 'carly', 'gennifer', 'monica',
  'ava', 'oprah', 'beyonce', 'katy', 'lena', 'lady', 'irina', 'olga', 'natalia', 'tatiana', 'svetlana', 'elena',
  'maria', 'yulia', 'anne', 'sophie', 'camille', 'isabelle', 'fatima', 'aisha', 'leila', 'sandra', 'melanie',
  'jane', 'kate', 'liz', 'beth', 'sue', 'meg', 'jen', 'kim', 'ellen', 'eleanor', 'abby', 'hope', 'stacey', 'cindy',
];

/** Words that start a clause and so end a subject or a speaker phrase. */
const CLAUSE_WORDS_LIST = [
  'and', 'but', 'or', 'nor', 'so', 'as', 'because', 'while', 'when', 'if', 'although', 'though', 'after', 'before',
  'since', 'until', 'that', 'which', 'who', 'whom', 'whose', 'where', 'what', 'why', 'how', 'than', 'then', 'not',
  'is', 'was', 'were', 'are', 'be', 'been', 'to', 'by', 'it', 'there', 'whether', 'during', 'about', 'into',
  'has', 'have', 'had', 'will', 'would', 'can', 'could', 'should', 'may', 'might', 'must', 'do', 'does', 'did',
];

/**
 * Heads of a speaker that "they" can stand for: plurals that do not end in -s
 * or are capitalised, and bodies that speak as one ("the campaign said").
 */
const GROUP_HEADS_LIST = [
  'police', 'people', 'staff', 'democrats', 'republicans', 'authorities', 'spokespeople', 'spokesmen', 'spokeswomen',
  'administration', 'agency', 'campaign', 'committee', 'company', 'council', 'department', 'firm', 'government',
  'group', 'ministry', 'office', 'organization', 'party', 'team', 'union', 'board', 'court', 'commission',
  // plurals that open a sentence capitalised ("Officials said")
  'officials', 'aides', 'lawmakers', 'critics', 'supporters', 'residents', 'analysts', 'experts', 'protesters',
  'organizers', 'investigators', 'prosecutors', 'leaders', 'members', 'voters', 'advocates', 'opponents',
  'activists', 'researchers', 'officers', 'sources', 'diplomats', 'senators', 'workers', 'employees', 'executives',
  'representatives', 'organisers', 'negotiators', 'witnesses', 'economists', 'scientists', 'doctors', 'lawyers',
];

const ACCORDING_LIST = ['according'];
const TO_LIST = ['to'];
const THAT_LIST = ['that'];
const COORDINATORS_LIST = ['and', 'but'];

// One bit per list, so that a single walk of the trie answers them all.
export const ACCORDING = 1 << 0;
export const CLAUSE_WORDS = 1 << 1;
export const COORDINATORS = 1 << 2;
export const DETERMINERS = 1 << 3;
export const FEMALE_NAMES = 1 << 4;
export const FEMALE_TITLES = 1 << 5;
export const MALE_NAMES = 1 << 6;
export const MALE_TITLES = 1 << 7;
export const NAME_ONLY_WORDS = 1 << 8;
export const NAMING_VERBS = 1 << 9;
export const NON_NAME_CAPITALS = 1 << 10;
export const NON_PERSON_HEADS = 1 << 11;
export const NP_LINKS = 1 << 12;
export const PERSONAL_PRONOUNS = 1 << 13;
export const ROLE_NOUNS = 1 << 14;
export const SKIPPABLE_ADVERBS = 1 << 15;
export const SPEECH_VERBS = 1 << 16;
export const SUBJECT_PRONOUNS = 1 << 17;
export const THAT = 1 << 18;
export const TIME_WORDS = 1 << 19;
export const TO = 1 << 20;
export const WEAK_SPEECH_VERBS = 1 << 21;
export const WHO = 1 << 22;
export const GROUP_HEADS = 1 << 23;

/** Every list above, for `Words.in` and `wordBits`. */
export const LEXICON = new Lexicon([
  [ACCORDING, ACCORDING_LIST],
  [CLAUSE_WORDS, CLAUSE_WORDS_LIST],
  [COORDINATORS, COORDINATORS_LIST],
  [DETERMINERS, DETERMINERS_LIST],
  [FEMALE_NAMES, FEMALE_NAMES_LIST],
  [FEMALE_TITLES, FEMALE_TITLES_LIST],
  [MALE_NAMES, MALE_NAMES_LIST],
  [MALE_TITLES, MALE_TITLES_LIST],
  [NAME_ONLY_WORDS, NAME_ONLY_WORDS_LIST],
  [NAMING_VERBS, NAMING_VERBS_LIST],
  [NON_NAME_CAPITALS, NON_NAME_CAPITALS_LIST],
  [NON_PERSON_HEADS, NON_PERSON_HEADS_LIST],
  [NP_LINKS, NP_LINKS_LIST],
  [PERSONAL_PRONOUNS, PERSONAL_PRONOUNS_LIST],
  [ROLE_NOUNS, ROLE_NOUNS_LIST],
  [SKIPPABLE_ADVERBS, SKIPPABLE_ADVERBS_LIST],
  [SPEECH_VERBS, SPEECH_VERBS_LIST],
  [SUBJECT_PRONOUNS, SUBJECT_PRONOUNS_LIST],
  [THAT, THAT_LIST],
  [TIME_WORDS, TIME_WORDS_LIST],
  [TO, TO_LIST],
  [WEAK_SPEECH_VERBS, WEAK_SPEECH_VERBS_LIST],
  [WHO, WHO_LIST],
  [GROUP_HEADS, GROUP_HEADS_LIST],
]);
