/** Text and attribute values for SVG (XML 1.0): markup characters as entities, characters XML forbids as U+FFFD. */
export declare function escapeXml(text: string): string;
