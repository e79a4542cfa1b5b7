// Paths outside any locale (the proxy sends most visitors to /<locale>/… first).
export default function RootNotFound() {
  return (
    <html lang="en">
      <body style={{ fontFamily: "system-ui, sans-serif", padding: "2rem" }}>
        <title>Page not found · We are ALE</title>
        <main>
          <h1>We could not find this page</h1>
          <p>
            <a href="/en">Go to the We are ALE home page</a> · <a href="/fr">Français</a> · <a href="/es">Español</a> ·{" "}
            <a href="/ar">العربية</a>
          </p>
        </main>
      </body>
    </html>
  );
}
