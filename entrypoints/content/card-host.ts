/** The custom element hosting the card's shadow root (a stable hook for tests). */
export const cardHostName = 'treaty-lens-card';
