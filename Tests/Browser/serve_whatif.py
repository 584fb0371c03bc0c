#!/usr/bin/env python3
"""Drives `bhvplan serve` in headless Chromium, as a unit manager would.

Usage: serve_whatif.py BASE_URL UNIT_ID NURSE_ID NEW_FRACTION TOKEN_SERVER_URL

Opens the scenario list, the default scenario's overview, the unit's page and its what-if;
sets the nurse's fraction to 0.7 and, while that is computed, to NEW_FRACTION (the page's
script aborts the first question); prints one JSON object with what the page shows:
the what-if's probabilities (indicator, year, value as results.csv writes it), the message
shown beside the fraction field for the bad value 1.5, and what a token-protected server
answers without and with its token. Exits non-zero when a step cannot be done.
"""
import json
import sys
import urllib.parse

from selenium import webdriver
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys
from selenium.webdriver.support.ui import WebDriverWait


def browser():
    options = webdriver.ChromeOptions()
    for argument in ("--headless", "--no-sandbox", "--disable-dev-shm-usage", "--window-size=1280,1600"):
        options.add_argument(argument)
    options.binary_location = "/usr/bin/chromium"
    return webdriver.Chrome(service=Service("/usr/bin/chromedriver"), options=options)


def fraction_field(driver, nurse):
    """The fraction input of the staff row whose id field holds `nurse`."""
    for id_field in driver.find_elements(By.CSS_SELECTOR, "table.staff input.id"):
        if id_field.get_attribute("value") == nurse:
            name = id_field.get_attribute("name").replace(".id", ".fraction")
            return driver.find_element(By.NAME, name)
    raise SystemExit(f"no staff row for {nurse}")


def answered(driver):
    """Waits until the page shows the answer to its latest question, the progress line gone."""
    def done(page):
        sequence = page.find_element(By.NAME, "sequence").get_attribute("value")
        shown = page.find_element(By.ID, "answer").get_attribute("data-sequence")
        return sequence != "0" and shown == sequence and not page.find_element(By.CSS_SELECTOR, "form.asks .running").is_displayed()
    WebDriverWait(driver, 120).until(done)


def compute(driver, nurse, fraction):
    field = fraction_field(driver, nurse)
    field.clear()
    field.send_keys(fraction)
    driver.find_element(By.ID, "run").click()
    answered(driver)


def change_twice(driver, nurse, first, second):
    """Changes the fraction to `first` (asked as the field is left) and at once to `second`."""
    field = fraction_field(driver, nurse)
    field.clear()
    field.send_keys(first + Keys.TAB)
    compute(driver, nurse, second)


def main():
    base, unit, nurse, fraction, token_server = sys.argv[1:6]
    driver = browser()
    driver.set_page_load_timeout(300)
    seen = {}
    try:
        driver.get(base)
        driver.find_element(By.LINK_TEXT, "default").click()
        unit_link = driver.find_element(By.CSS_SELECTOR, f'a[href$="/unit/{urllib.parse.quote(unit)}"]')
        unit_link.click()
        seen["unit_title"] = driver.find_element(By.TAG_NAME, "h1").text
        seen["fan_charts"] = len(driver.find_elements(By.CSS_SELECTOR, "figure.chart svg"))
        driver.find_element(By.PARTIAL_LINK_TEXT, "What if").click()
        change_twice(driver, nurse, "0.7", fraction)
        seen["questions"] = int(driver.find_element(By.NAME, "sequence").get_attribute("value"))
        seen["what_if_tables"] = len(driver.find_elements(By.CSS_SELECTOR, 'table[data-kind="what-if"]'))
        seen["fraction_shown"] = fraction_field(driver, nurse).get_attribute("value")
        seen["what_if"] = [
            {"indicator": cell.get_attribute("data-indicator"), "year": int(cell.get_attribute("data-year")),
             "value": cell.get_attribute("data-value"), "shown": cell.text}
            for cell in driver.find_elements(By.CSS_SELECTOR, 'td[data-kind="what-if"]')
        ]
        compute(driver, nurse, "1.5")
        seen["bad_value_message"] = driver.find_element(By.CSS_SELECTOR, "span.problem").text
        seen["bad_value_field"] = driver.find_element(By.CSS_SELECTOR, "span.problem").get_attribute("data-field")
        seen["bad_value_answers"] = len(driver.find_elements(By.CSS_SELECTOR, 'td[data-kind="what-if"]'))

        parts = urllib.parse.urlsplit(token_server)
        bare = urllib.parse.urlunsplit((parts.scheme, parts.netloc, "/", "", ""))
        driver.get(bare)
        seen["without_token"] = driver.find_element(By.TAG_NAME, "body").text
        driver.get(token_server)
        seen["with_token_links"] = len(driver.find_elements(By.CSS_SELECTOR, "ul.scenarios a"))
    finally:
        driver.quit()
    print(json.dumps(seen))


if __name__ == "__main__":
    main()
