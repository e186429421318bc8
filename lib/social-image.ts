/** The social preview card's size and text, shared by the image route and page metadata. */
export const socialImageSize = { width: 1200, height: 630 };
export const socialImageAlt = 'IOP Guide: plain answers about intensive outpatient programs';

/** For pages that set their own Open Graph data (which replaces the inherited image). */
export const socialImage = [{ url: '/opengraph-image', ...socialImageSize, alt: socialImageAlt }];
