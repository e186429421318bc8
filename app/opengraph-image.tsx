import { ImageResponse } from 'next/og';
import { getSiteConfig } from '@/lib/config';
import { socialImageAlt, socialImageSize } from '@/lib/social-image';

export const alt = socialImageAlt;
export const size = socialImageSize;
export const contentType = 'image/png';

/** The social preview card, drawn at build time (no external service). */
export default function OpenGraphImage() {
  const site = getSiteConfig();
  return new ImageResponse(
    <div
      style={{
        display: 'flex',
        flexDirection: 'column',
        justifyContent: 'center',
        width: '100%',
        height: '100%',
        padding: 80,
        background: '#0b5394',
        color: 'white',
      }}
    >
      <div style={{ fontSize: 88, fontWeight: 700 }}>{site.name}</div>
      <div style={{ fontSize: 44, marginTop: 24 }}>
        Plain, sourced answers about intensive outpatient programs (IOP)
      </div>
      <div
        style={{ fontSize: 36, marginTop: 48 }}
      >{`Free, confidential helpline: ${site.helpline.displayNumber}`}</div>
    </div>,
    size,
  );
}
