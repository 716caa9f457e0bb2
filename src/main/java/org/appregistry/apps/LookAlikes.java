package org.appregistry.apps;

import java.lang.Character.UnicodeScript;
import java.text.Normalizer;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Letters of other scripts that pass for Latin ones, after Unicode's security mechanisms (UTS 39):
 * {@code Epіc} with a Cyrillic і, or {@code Еріс} spelled in Cyrillic altogether, reads as "Epic".
 * The skeleton folds compatibility forms (full-width, mathematical letters), drops accents and
 * maps the Cyrillic and Greek letters that look like Latin ones, so that the trademark rule sees
 * what a reader sees. A word that mixes scripts is refused on its own (UTS 39's "highly
 * restrictive" level: one script per word, or Latin with the scripts Chinese, Japanese and
 * Korean combine), since no table of look-alikes is ever complete.
 */
final class LookAlikes {

    /** Cyrillic, Greek and Latin letters, each with the Latin letter it looks like. */
    private static final Map<Integer, Integer> AS_LATIN = table(
            // Cyrillic
            "аa еe іi јj оo рp сc ѕs уy хx һh ԁd ԛq ԝw ӏl ҽe ԍg ԑe"
            + " АA ВB ЕE ЅS ІI ЈJ КK МM НH ОO РP СC ТT УY ХX ҮY ӀI ԚQ ԜW ԌG"
            // Greek
            + " αa οo ρp νv ιi κk υu χx γy"
            + " ΑA ΒB ΕE ΖZ ΗH ΙI ΚK ΜM ΝN ΟO ΡP ΤT ΥY ΧX"
            // Latin letters that pass for others
            + " ıi ȷj ɑa ɡg ǀl");

    private static final List<Set<UnicodeScript>> ALLOWED_MIXES = List.of(
            EnumSet.of(UnicodeScript.LATIN, UnicodeScript.HAN, UnicodeScript.HIRAGANA, UnicodeScript.KATAKANA),
            EnumSet.of(UnicodeScript.LATIN, UnicodeScript.HAN, UnicodeScript.BOPOMOFO),
            EnumSet.of(UnicodeScript.LATIN, UnicodeScript.HAN, UnicodeScript.HANGUL));

    private LookAlikes() {
    }

    /** The text as it reads: compatibility forms folded, accents dropped, look-alikes made Latin. */
    static String skeleton(String text) {
        String folded = Normalizer.normalize(text, Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
        StringBuilder skeleton = new StringBuilder(folded.length());
        folded.codePoints().forEach(c -> skeleton.appendCodePoint(AS_LATIN.getOrDefault(c, c)));
        return skeleton.toString();
    }

    /** The first word that mixes scripts, as "'Epіc' mixes Latin and Cyrillic letters". */
    static Optional<String> mixedScriptWord(String text) {
        for (String word : Normalizer.normalize(text, Normalizer.Form.NFKC).split("[^\\p{L}\\p{M}\\p{N}]+")) {
            Set<UnicodeScript> scripts = word.codePoints().mapToObj(UnicodeScript::of)
                    .filter(s -> s != UnicodeScript.COMMON && s != UnicodeScript.INHERITED)
                    .collect(Collectors.toCollection(() -> EnumSet.noneOf(UnicodeScript.class)));
            if (scripts.size() > 1 && ALLOWED_MIXES.stream().noneMatch(mix -> mix.containsAll(scripts))) {
                return Optional.of("'" + word + "' mixes " + scripts.stream().map(LookAlikes::scriptName)
                        .collect(Collectors.joining(" and ")) + " letters");
            }
        }
        return Optional.empty();
    }

    private static String scriptName(UnicodeScript script) {
        String name = script.name().toLowerCase(Locale.ROOT).replace('_', ' ');
        return Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }

    private static Map<Integer, Integer> table(String pairs) {
        return Arrays.stream(pairs.trim().split("\\s+"))
                .collect(Collectors.toUnmodifiableMap(pair -> pair.codePointAt(0),
                        pair -> pair.codePointAt(pair.offsetByCodePoints(0, 1))));
    }
}
