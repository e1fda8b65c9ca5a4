package nl.regie.completion;

/**
 * The level at which a language part was passed: B1 (the B1-route's goal), or A2 when the part was taken at A2
 * after considerable effort ("afschalen", Wi 2021 art. 17 lid 3 and Bi art. 5.5; rules.md).
 */
public enum ExamLevel {
    A2, B1
}
