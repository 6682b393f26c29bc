"""calidoc serve in a real browser (Chromium through Selenium), run by BrowserTests.swift.

    python escenarios.py BASE_URL SCREENSHOT_DIR DOWNLOAD_DIR

Scenario 1: Inicio -> new workspace -> edit and save the Política -> a validation error is shown and
fixed -> the preview changes (also while typing, through the script) -> download the DOCX and read
it with python-docx. Scenario 2: two tabs open the same file; the second save gets the 409 page.
A screenshot of each step goes to SCREENSHOT_DIR. Exit status 0 when every check passed.
"""
import os
import sys
import time

import docx
from selenium import webdriver
from selenium.common.exceptions import NoSuchElementException, StaleElementReferenceException
from selenium.webdriver.common.by import By
from selenium.webdriver.support import expected_conditions as EC
from selenium.webdriver.support.ui import WebDriverWait

BASE, SHOTS, DOWNLOADS = sys.argv[1].rstrip("/"), sys.argv[2], sys.argv[3]
os.makedirs(SHOTS, exist_ok=True)
os.makedirs(DOWNLOADS, exist_ok=True)
INSTITUTION = "Servicio de Prueba en el Navegador"
NEW_OBJECTIVE = "Objetivo escrito en el navegador"


def browser():
    options = webdriver.ChromeOptions()
    options.add_argument("--headless=new")
    options.add_argument("--no-sandbox")
    options.add_argument("--disable-dev-shm-usage")
    options.add_argument("--window-size=1400,1000")
    options.add_argument("--lang=es-CL")
    options.add_experimental_option("prefs", {
        "download.default_directory": DOWNLOADS,
        "download.prompt_for_download": False,
        "intl.accept_languages": "es-CL,es",
    })
    binary = os.environ.get("CALIDOC_CHROMIUM")
    if binary:
        options.binary_location = binary
    service = webdriver.ChromeService(executable_path=os.environ.get("CALIDOC_CHROMEDRIVER", "/usr/bin/chromedriver"))
    driver = webdriver.Chrome(options=options, service=service)
    driver.execute_cdp_cmd("Page.setDownloadBehavior", {"behavior": "allow", "downloadPath": DOWNLOADS})
    return driver


def shot(driver, name):
    driver.save_screenshot(os.path.join(SHOTS, name + ".png"))


def wait(driver):
    return WebDriverWait(driver, 30)


def check(condition, message):
    if not condition:
        raise AssertionError(message)


def field(driver, name):
    return driver.find_element(By.NAME, name)


def type_into(driver, name, value):
    """Types `value` into the form field `name` the way a person would: select all, type."""
    element = field(driver, name)
    driver.execute_script("arguments[0].scrollIntoView({block: 'center'});", element)
    element.clear()
    element.send_keys(value)


def replace_text(driver, old, new):
    """Finds the text field of the form that holds `old` and types its new value."""
    for element in driver.find_elements(By.CSS_SELECTOR, "#formulario-editor input[type=text], #formulario-editor textarea"):
        value = element.get_attribute("value") or ""
        if old in value:
            type_into(driver, element.get_attribute("name"), value.replace(old, new, 1))
            return
    raise AssertionError("no field of the form holds: " + old)


def gone(element):
    """Whether the page holding `element` was replaced (Chromium says "stale" or "no such element")."""
    try:
        element.is_enabled()
        return False
    except (StaleElementReferenceException, NoSuchElementException):
        return True


def save(driver):
    button = driver.find_element(By.CSS_SELECTOR, "button[name=accion][value=guardar]")
    button.click()
    wait(driver).until(lambda d: gone(button))
    wait(driver).until(EC.presence_of_element_located((By.TAG_NAME, "h1")))


def preview_text(driver):
    frame = driver.find_element(By.ID, "vista-previa")
    driver.switch_to.frame(frame)
    try:
        return driver.find_element(By.TAG_NAME, "body").text
    finally:
        driver.switch_to.default_content()


def scenario_one(driver):
    driver.get(BASE + "/")
    check("Inicio" in driver.find_element(By.TAG_NAME, "h1").text, "Inicio page")
    shot(driver, "01-inicio")
    driver.find_element(By.ID, "nuevo-institucion").send_keys(INSTITUTION)
    shot(driver, "02-nuevo-espacio")
    driver.find_element(By.CSS_SELECTOR, "form.formulario button[type=submit]").click()
    wait(driver).until(EC.text_to_be_present_in_element((By.TAG_NAME, "h1"), INSTITUTION))
    check("Espacio de trabajo creado" in driver.page_source, "creation notice")
    shot(driver, "03-espacio-creado")

    driver.find_element(By.CSS_SELECTOR, "a[href*='/archivos/politica.yaml']").click()
    wait(driver).until(EC.presence_of_element_located((By.ID, "formulario-editor")))
    check(not driver.find_elements(By.NAME, "yaml"), "the Política opens as a form, not as YAML text")
    visible_ids = [e.get_attribute("name") for e in driver.find_elements(By.CSS_SELECTOR, "input[name$='.id']")
                   if e.get_attribute("type") != "hidden"]
    check(not visible_ids, "ids are generated and never shown: " + ", ".join(visible_ids))
    shot(driver, "04-editor-politica")

    # Save a new objective: the preview shows it.
    replace_text(driver, "Primer objetivo de la Política", NEW_OBJECTIVE)
    save(driver)
    check("Guardado." in driver.page_source, "saved notice")
    wait(driver).until(lambda d: NEW_OBJECTIVE in preview_text(d))
    shot(driver, "05-guardado-vista-previa")

    # A number that is not one: the error is listed next to the field and the preview waits.
    type_into(driver, "usuarios.items.0.numero_aproximado", "muchas")
    save(driver)
    check("error(es) por corregir" in driver.page_source, "the notice above the form says there are errors")
    shot(driver, "06-error-de-validacion")
    section = driver.find_element(By.ID, "problemas")
    driver.execute_script("arguments[0].scrollIntoView();", section)
    problems = section.text
    check("muchas" in problems, "the validation error quotes what was typed: " + problems)
    described = field(driver, "usuarios.items.0.numero_aproximado").get_attribute("aria-describedby") or ""
    check("problema-" in described, "the error is tied to its field: " + described)
    shot(driver, "06b-error-en-la-lista")

    # Fixed, written as in Chile: the error is gone and the document prints the number.
    type_into(driver, "usuarios.items.0.numero_aproximado", "7.112.808")
    save(driver)
    problems = driver.find_element(By.ID, "problemas").text
    check("muchas" not in problems, "the validation error is gone")
    wait(driver).until(lambda d: "7.112.808" in preview_text(d))
    shot(driver, "07-error-corregido")

    # Typing (without saving) refreshes the preview through the script.
    element = field(driver, "objetivos.items.0.titulo")
    driver.execute_script("arguments[0].scrollIntoView({block: 'center'});", element)
    element.send_keys(" y revisado")
    wait(driver).until(lambda d: "borrador=" in d.find_element(By.ID, "vista-previa").get_attribute("src"))
    wait(driver).until(lambda d: NEW_OBJECTIVE + " y revisado" in preview_text(d))
    shot(driver, "08-vista-previa-en-vivo")
    save(driver)

    # Download the DOCX from the workspace page and read it.
    driver.find_element(By.CSS_SELECTOR, "nav a[href^='/espacios/']").click()
    wait(driver).until(EC.presence_of_element_located((By.ID, "titulo-descargas")))
    shot(driver, "09-descargas")
    link = driver.find_element(By.CSS_SELECTOR, "a[href$='/descargas/politica.docx']")
    link.click()
    deadline = time.time() + 60
    path = None
    while time.time() < deadline and path is None:
        names = [n for n in os.listdir(DOWNLOADS) if n.endswith("politica.docx")]
        path = os.path.join(DOWNLOADS, names[0]) if names else None
        time.sleep(0.5)
    check(path is not None, "the DOCX was downloaded")
    text = "\n".join(p.text for p in docx.Document(path).paragraphs)
    check(NEW_OBJECTIVE + " y revisado" in text, "the DOCX holds the new objective")
    check(INSTITUTION in text or INSTITUTION in "\n".join(
        c.text for t in docx.Document(path).tables for r in t.rows for c in r.cells), "the DOCX names the institution")


def scenario_two(driver):
    driver.get(BASE + "/")
    driver.find_element(By.PARTIAL_LINK_TEXT, INSTITUTION).click()
    wait(driver).until(EC.presence_of_element_located((By.ID, "titulo-archivos")))
    editor = driver.find_element(By.CSS_SELECTOR, "a[href*='/archivos/politica.yaml']").get_attribute("href")
    driver.get(editor)
    first = driver.current_window_handle
    driver.switch_to.new_window("tab")
    driver.get(editor)
    second = driver.current_window_handle

    driver.switch_to.window(first)
    replace_text(driver, "Primer principio", "Principio de la primera pestaña")
    save(driver)
    check("Guardado." in driver.page_source, "first tab saved")
    shot(driver, "10-primera-pestana-guardada")

    driver.switch_to.window(second)
    replace_text(driver, "Primer principio", "Principio de la segunda pestaña")
    save(driver)
    heading = driver.find_element(By.TAG_NAME, "h1").text
    check("cambió" in heading, "second tab gets the conflict page: " + heading)
    mine = driver.find_element(By.ID, "texto-mio").get_attribute("value")
    current = driver.find_element(By.ID, "texto-actual").get_attribute("value")
    check("segunda pestaña" in mine, "the second tab's text is kept")
    check("primera pestaña" in current, "the first tab's text is shown as current")
    shot(driver, "11-segunda-pestana-409")


def main():
    driver = browser()
    try:
        for scenario in (scenario_one, scenario_two):
            try:
                scenario(driver)
            except Exception:
                shot(driver, "fallo-" + scenario.__name__)
                raise
    finally:
        driver.quit()
    print("escenarios: ok")


if __name__ == "__main__":
    main()
