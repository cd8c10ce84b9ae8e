package claims.extract;

/** Classes of closed-class words (function-words.txt). */
enum WordClass {
    DET, PRON, OBJ, POSS, REFL, PREP, CONJ, SUB, WH, BE, HAVE, DO, MODAL, NEG, ADV, TIME
}
