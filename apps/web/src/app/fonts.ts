import localFont from "next/font/local";

// Self-hosted Inter from the npm font package: next/font/google would need the network at build time.
export const inter = localFont({
  src: "../../node_modules/@fontsource-variable/inter/files/inter-latin-wght-normal.woff2",
  variable: "--font-inter",
  display: "swap",
  weight: "100 900",
});
