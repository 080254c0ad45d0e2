import type { LintTexts } from './messages.ts'

// French, as the UN's French texts write: places named as they name them ("alinéa a) du paragraphe 4"), « »
// with no-break spaces inside, and a no-break space before ":" and ";" (A/RES/71/194).

/** The French wording of lint. */
export const LINT_FRENCH: LintTexts = {
  'empty-paragraph': 'le texte est vide',
  'empty-subparagraph': 'l’alinéa est vide',
  'empty-quoted': 'le paragraphe cité est vide',
  'empty-title': 'le titre est vide',
  'operative-verb': 'le paragraphe doit commencer par un verbe au présent, et non par « {word} »',
  'preambular-operative-verb':
    'l’alinéa doit commencer par un participe ou un adjectif ; « {word} » est un verbe du dispositif',
  'preambular-unknown':
    'l’alinéa doit commencer par un participe ou un adjectif du lexique ; « {word} » n’y figure pas',
  agreement: '« {word} » ne s’accorde pas avec {organ} (nom {gender} en {language}) : écrivez « {right} »',
  ending: 'le texte doit se terminer par {expected}',
  'ending-found': 'le texte doit se terminer par {expected}, et non par « {found} »',
  'ending-last': 'le dernier paragraphe du dispositif doit se terminer par {expected}',
  'ending-last-found':
    'le dernier paragraphe du dispositif doit se terminer par {expected}, et non par « {found} »',
  'ending-colon': 'le texte doit se terminer par {expected} pour annoncer ce qui suit',
  'ending-colon-found':
    'le texte doit se terminer par {expected} pour annoncer ce qui suit, et non par « {found} »',
  'repeated-verb': '« {word} » reprend le verbe {previousOf} : écrivez « {written} »',
  'space-before': 'en {language}, il faut une espace avant « {mark} »',
  'space-after': 'en {language}, il faut une espace après « {mark} »',
  'no-space-before': 'pas d’espace avant « {mark} » en {language}',
  'no-space-after': 'pas d’espace après « {mark} » en {language}',
  'wrong-mark': 'en {language}, on écrit « {right} » et non « {mark} »',
  unclosed: 'aucun signe ne ferme « {mark} »',
  unopened: 'aucun « {opening} » n’ouvre « {mark} »',
  'footnote-empty': 'la note {number}, appelée {blockIn}, n’a pas de texte',
  'footnote-superscript':
    'l’exposant « {text} » ressemble à un appel de note, mais il n’y a pas de note {number}',

  replace: 'Remplacer « {from} » par « {to} »',
  'insert-at-end': 'Ajouter « {text} » à la fin',
  'insert-nbsp-before': 'Insérer une espace insécable avant « {mark} »',
  'insert-nbsp-after': 'Insérer une espace insécable après « {mark} »',
  'remove-space-before': 'Supprimer l’espace avant « {mark} »',
  'remove-space-after': 'Supprimer l’espace après « {mark} »',
  'insert-after': 'Insérer « {text} » après « {word} »',

  'place.preambular': 'alinéa {number} du préambule',
  'place.preambular.of': 'de l’alinéa {number} du préambule',
  'place.preambular.in': 'dans l’alinéa {number} du préambule',
  'place.operative': 'paragraphe {number} du dispositif',
  'place.operative.of': 'du paragraphe {number}',
  'place.operative.in': 'dans le paragraphe {number} du dispositif',
  'place.sub': 'alinéa {label} {parentOf}',
  'place.sub.of': 'de l’alinéa {label} {parentOf}',
  'place.sub.in': 'dans l’alinéa {label} {parentOf}',
  'place.subsub': 'sous-alinéa {label} {parentOf}',
  'place.subsub.of': 'du sous-alinéa {label} {parentOf}',
  'place.subsub.in': 'dans le sous-alinéa {label} {parentOf}',
  'place.title': 'titre',
  'place.title.in': 'dans le titre',
  'place.header': 'en-tête',
  'place.header.in': 'dans l’en-tête',
  'place.formula': 'formule introductive',
  'place.formula.in': 'dans la formule introductive',
  'place.closing': 'clôture',
  'place.closing.in': 'dans la clôture',
  'place.footnote': 'note {number}',

  'organ.ga': 'l’Assemblée générale',
  'organ.sc': 'le Conseil de sécurité',
  'organ.hrc': 'le Conseil des droits de l’homme',
  'organ.ecosoc': 'le Conseil économique et social',
  'gender.f': 'féminin',
  'gender.m': 'masculin',
  'language.ar': 'arabe',
  'language.en': 'anglais',
  'language.es': 'espagnol',
  'language.fr': 'français',
  'language.ru': 'russe',
  'language.zh': 'chinois',

  'expected.mark': '« {mark} »',
  'expected.list': '{list}, {mark}',
  'expected.or': '{list} ou {mark}',

  'frame.line': '{clause} : {message}',
  'frame.line.severity': '{clause} : {severity} : {message}',
  'frame.error': 'erreur',
  'frame.warning': 'avertissement',
  'frame.summary':
    '{errors, plural, one {# erreur} other {# erreurs}}, {warnings, plural, one {# avertissement} other {# avertissements}}',
  'frame.clean': '{file} : aucun problème',
}
