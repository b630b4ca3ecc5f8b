namespace ArticleReader.Claims;

// Common given names (English-language press plus the names frequent in coverage of Russia, Ukraine,
// Israel and the Middle East). Positive evidence only: a capitalised pair starting with one of these is
// a person; pairs starting with other words need other evidence (see EntityExtractor.PersonEvidence).
internal static class FirstNames
{
    public static readonly HashSet<string> All = new(StringComparer.OrdinalIgnoreCase)
    {
        // English, male
        "aaron", "adam", "adrian", "alan", "albert", "alex", "alexander", "alfred", "allen", "andrew", "andy", "anthony", "antony",
        "arthur", "barry", "ben", "benjamin", "bernard", "bill", "billy", "bob", "bobby", "brad", "bradley", "brandon", "brendan",
        "brett", "brian", "bruce", "bryan", "carl", "carlos", "charles", "charlie", "chris", "christian", "christopher", "chuck",
        "clark", "colin", "craig", "dale", "dan", "daniel", "danny", "darren", "dave", "david", "dean", "dennis", "derek", "dick",
        "don", "donald", "doug", "douglas", "duncan", "dylan", "ed", "eddie", "edward", "eli", "eliot", "elliot", "elliott", "eric",
        "ernest", "ethan", "eugene", "evan", "frank", "fred", "frederick", "gabriel", "gary", "gavin", "gene", "geoffrey", "george",
        "gerald", "glenn", "gordon", "graham", "grant", "greg", "gregory", "harold", "harry", "henry", "howard", "hugh", "ian",
        "jack", "jacob", "jake", "james", "jamie", "jared", "jason", "jay", "jeff", "jeffrey", "jeremy", "jerry", "jesse", "jim",
        "jimmy", "joe", "joel", "john", "johnny", "jon", "jonathan", "jordan", "joseph", "josh", "joshua", "justin", "keith", "ken",
        "kenneth", "kevin", "kyle", "larry", "lawrence", "lee", "leo", "leon", "lewis", "liam", "lloyd", "louis", "luke", "marc",
        "marcus", "mark", "martin", "matt", "matthew", "max", "michael", "mick", "mike", "mitch", "nathan", "neil", "nicholas",
        "nick", "nigel", "noah", "norman", "oliver", "oscar", "owen", "patrick", "paul", "pete", "peter", "phil", "philip",
        "phillip", "ralph", "randy", "ray", "raymond", "richard", "rick", "rob", "robert", "roger", "ron", "ronald", "ross", "roy",
        "russell", "ryan", "sam", "samuel", "scott", "sean", "seth", "simon", "stanley", "stephen", "steve", "steven", "stuart",
        "ted", "terry", "thomas", "tim", "timothy", "todd", "tom", "tommy", "tony", "travis", "trevor", "tyler", "victor", "vincent",
        "walter", "wayne", "wes", "will", "william", "zach", "zachary", "bret", "hunter", "mitt", "marco", "rand", "newt", "hillary",
        "barack", "kamala", "rishi", "keir", "boris", "theresa", "angela", "olaf", "emmanuel", "jens", "ursula", "kaja", "josep",
        // English, female
        "abigail", "alice", "alison", "allison", "amanda", "amber", "amy", "andrea", "angela", "ann", "anna", "anne", "annie",
        "ashley", "barbara", "becky", "beth", "betty", "beverly", "bonnie", "brenda", "bridget", "caitlin", "carol", "caroline",
        "carolyn", "catherine", "cathy", "charlotte", "cheryl", "chloe", "christina", "christine", "claire", "clara", "cynthia",
        "dana", "deborah", "debra", "denise", "diana", "diane", "donna", "doris", "dorothy", "elaine", "eleanor", "elizabeth",
        "ellen", "elissa", "emily", "emma", "erica", "erin", "eva", "evelyn", "fiona", "frances", "gail", "grace", "hannah",
        "heather", "helen", "holly", "irene", "isabel", "isabella", "jane", "janet", "janice", "jean", "jennifer", "jenny", "jessica",
        "jill", "joan", "joanna", "jodi", "judith", "judy", "julia", "julie", "karen", "kate", "katherine", "kathleen", "kathryn",
        "kathy", "katie", "kaitlyn", "kelly", "kim", "kimberly", "kori", "laura", "lauren", "linda", "lisa", "liz", "lori", "louise",
        "lucy", "lynn", "madeleine", "margaret", "maria", "marie", "marilyn", "martha", "mary", "megan", "melanie", "melissa",
        "michelle", "molly", "monica", "nancy", "natalie", "nicole", "nina", "olivia", "pamela", "patricia", "paula", "peggy",
        "rachel", "rebecca", "rose", "ruth", "sally", "samantha", "sandra", "sara", "sarah", "sharon", "shirley", "sophie",
        "stephanie", "susan", "suzanne", "tammy", "teresa", "tiffany", "tina", "tracy", "valerie", "victoria", "virginia", "wendy",
        "carina", "diane", "maggie", "meghan", "nikki", "liz", "elise", "elsa", "ivanka", "melania", "tulsi",
        // Russian, Ukrainian, Belarusian
        "aleksandr", "alexander", "alexei", "alexey", "anatoly", "andrei", "andriy", "anton", "arseniy", "boris", "denys", "dmitri",
        "dmitry", "dmytro", "evgeny", "gennady", "igor", "ivan", "kirill", "kyrylo", "konstantin", "leonid", "maksym", "maxim",
        "mikhail", "mykhailo", "mykola", "nikita", "nikolai", "oleg", "oleh", "oleksandr", "oleksii", "oleksiy", "pavel", "petro",
        "roman", "ruslan", "sergei", "sergey", "serhiy", "stanislav", "svyatoslav", "taras", "valery", "valeriy", "vasyl",
        "viktor", "vitali", "vitaly", "vladimir", "vladislav", "volodymyr", "vyacheslav", "yaroslav", "yevgeny", "yuri", "yuriy",
        "yulia", "olena", "oksana", "iryna", "natalia", "nataliya", "olga", "svetlana", "tatiana", "tetiana", "lyudmila", "maria",
        "anastasia", "daria", "ekaterina", "elena", "galina", "marina", "valentina", "yelena", "zoya", "alina", "kateryna",
        // Hebrew, Arabic, Persian, Turkish
        "amir", "amos", "ariel", "avi", "avigdor", "benny", "dov", "ehud", "eitan", "gideon", "itamar", "moshe", "naftali", "netta",
        "noa", "shira", "tal", "tamar", "uri", "yair", "yitzhak", "yoav", "yossi", "ziv", "oriya", "irit", "michal", "orly", "yael",
        "ahmed", "ahmad", "ali", "abbas", "abdullah", "fatima", "hamid", "hassan", "hussein", "ibrahim", "ismail", "khalid",
        "mahmoud", "mohammad", "mohammed", "muhammad", "mosab", "mustafa", "nasser", "omar", "rashid", "said", "salah", "salim",
        "tariq", "yahya", "yasser", "youssef", "ismail", "marwan", "rania", "leila", "layla", "noura", "amal", "hind", "amor",
        "recep", "ebrahim", "javad", "hossein", "reza", "masoud",
        // other frequent in international coverage
        "xi", "li", "wang", "jun", "hiroshi", "shinzo", "fumio", "narendra", "rahul", "imran", "nicolas", "nicolás", "luiz", "jair",
        "javier", "juan", "jose", "josé", "luis", "miguel", "pedro", "pablo", "diego", "francisco", "giorgia", "giuseppe", "matteo",
        "mario", "pierre", "jean", "jacques", "francois", "françois", "marine", "hans", "friedrich", "wolfgang", "annalena",
        "karl", "lars", "sven", "mette", "sanna", "andrzej", "donald", "mateusz", "radoslaw", "viktor", "recep", "volker",
    };
}
